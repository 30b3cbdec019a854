/**
 * Paragraphs that are the items of a list: a scrape keeps a list as paragraphs opening with a
 * dash or a bullet (« - de traverser l’Île-de-France après 10 heures », « • Hospitalisé depuis
 * deux ans »: 262 of the 11,002 OrangeSum Markdown files, and their raw dumps). They are shown as
 * a list, the marker as its bullet; a run of them is one list. Pure.
 */

/** A dash or bullet and a space opening a paragraph, before its first word. */
const LIST_MARKER = /^[-–•▪][ \u00a0]+(?=\S)/u;

/**
 * The paragraph's text without the marker that makes it a list item, or undefined when it is no item.
 * @example listItemText('- de traverser l’Île-de-France') // 'de traverser l’Île-de-France'
 * @example listItemText('-5 °C à Paris') // undefined
 */
export function listItemText(paragraph: string): string | undefined {
  const marker = LIST_MARKER.exec(paragraph);
  return marker ? paragraph.slice(marker[0].length) : undefined;
}

/** A paragraph, or the items of a list made of paragraphs in a row. */
export type TextBlock = { paragraph: string } | { items: string[] };

/**
 * The paragraphs as they are shown: each run of list items as one list.
 * @example textBlocks(['Conseils :', '- partir tôt', '- rouler lentement', 'Bonne route.'])
 * // [{ paragraph: 'Conseils :' }, { items: ['partir tôt', 'rouler lentement'] }, { paragraph: 'Bonne route.' }]
 */
export function textBlocks(paragraphs: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const paragraph of paragraphs) {
    const item = listItemText(paragraph);
    const last = blocks[blocks.length - 1];
    if (item === undefined) blocks.push({ paragraph });
    else if (last && 'items' in last) last.items.push(item);
    else blocks.push({ items: [item] });
  }
  return blocks;
}
