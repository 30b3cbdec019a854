// Search page: written in the search issue.
