/** A translation of an English table: the same ids, each with its text (the compiler checks none is missing). */
export type Translation<T> = { readonly [K in keyof T]: string };
