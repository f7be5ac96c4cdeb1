/** The CLI's exit codes: scripts that call qyran depend on them. */
export const EXIT_OK = 0;
/** Finished, but some records were bad (each reported with its source and line). */
export const EXIT_BAD_RECORDS = 1;
/** Usage error or a fatal error: nothing or not everything was done. */
export const EXIT_FATAL = 2;
