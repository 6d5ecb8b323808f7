/** Prefix of the folder that holds one test file's temporary folders: `hee-test-<vitest pid>-`. */
export const TEMP_ROOT_PREFIX = 'hee-test-'

/** The variables os.tmpdir() (TMPDIR) and the tools on other systems (TMP, TEMP) read. */
export const TEMP_VARS = ['TMPDIR', 'TMP', 'TEMP'] as const
