/**
 * Imported first by a command whose other modules read the settings as they load (the
 * Payload config, the print renderer): a bad setting stops it with the Chinese list and
 * exit code 1 before any of them is loaded (contract/config.ts).
 */
import { exitOnBadConfig } from '../contract/config.ts'

exitOnBadConfig()
