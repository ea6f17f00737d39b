/** Longer queries are cut here: nobody types more, and hostile input must stay cheap. Shared with the browser. */
export const MAX_QUERY_LENGTH = 100
/** Results per page. */
export const PAGE_SIZE = 10
