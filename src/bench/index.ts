/** `npm run bench`: written in the scale issue. */
export async function bench(_args: string[]): Promise<number> {
  console.error('kiosque bench: not available yet');
  return 2;
}
