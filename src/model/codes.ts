// Every problem code the tool can emit, with its meaning: the source of docs/problems.md.

/** Where a code shows: a data problem in the report, a reason the check could not run (exit 2), or a mistake in a rule pack (listed under pack-invalid). */
export type CodeKind = 'data' | 'stop' | 'pack';

export interface CodeInfo {
  kind: CodeKind;
  /** For data problems: the level it is reported at. */
  level?: 'error' | 'notice' | 'error or notice';
  meaning: string;
  fix: string;
}

const data = (level: CodeInfo['level'], meaning: string, fix: string) => ({
  kind: 'data' as const,
  level,
  meaning,
  fix,
});
const stop = (meaning: string, fix: string) => ({ kind: 'stop' as const, meaning, fix });
const pack = (meaning: string, fix: string) => ({ kind: 'pack' as const, meaning, fix });

export const CODES = {
  // ── the file as a whole ──
  'empty-file': data(
    'error',
    'The file is empty or holds only blank lines: no header, no rows.',
    'Send the filled-in form, not an empty file.',
  ),
  'lock-file-skipped': data(
    'notice',
    'A file found in a folder or by a pattern is the lock file Excel (`~$名称.xlsx`) or WPS (`.~名称.xlsx`) keeps beside a workbook while it is open: not a return, so it is skipped and named. The workbook itself is read as it was last saved.',
    'None needed; save and close the workbook if it has unsaved changes, and check again.',
  ),
  'no-rows': data(
    'error',
    'The file has a header but not one data row.',
    'Fill in at least one county row under the header.',
  ),
  'no-header': data(
    'error',
    "No line of the file (or of any sheet of the workbook) names a column that keys a row (县市区, 行政区划代码, 年度, 月份), so its header is missing: none of its lines is read, and the run's other files are checked. A workbook with no such sheet is one problem for the workbook; beside a sheet that has a header, such a sheet is `sheet-skipped`.",
    'Put the header line back above the data, as the template has it.',
  ),
  // ── the header ──
  'sheet-skipped': data(
    'notice',
    "A sheet of a workbook that is not a return, when no `--sheet` was given; skipped, and named with its reason: it is hidden (a 代码表 behind a drop-down), its header names only key columns (a list of counties and codes), or its first rows name none of the pack's columns (a cover sheet, notes, a chart). The 说明 sheet of duibiao's own template is passed over without a notice.",
    'None needed; give `--sheet` to read it anyway.',
  ),
  'period-from-title': data(
    'notice',
    'The table has no 年度 column, and its title lines, sheet name and file name together name exactly one year (`2022年度…`): every row is read as of that year. A full date (`填报日期：2023年1月5日`) names a day, not the year; two different years, or none, leave the column missing as before.',
    'None needed; add a 年度 column to say it in every row.',
  ),
  'title-rows': data(
    'notice',
    "Lines around the header that are not data, named in one notice per file: the title and `填报单位：… 单位：个、人` lines above it, the group row of a two-level header, and a units (`（人）`) or column-numbers (`甲、乙、1、2`) row right under it. The header is the line that names most of the pack's columns, wherever it is.",
    'None needed.',
  ),
  'footer-rows': data(
    'notice',
    'Lines under the data that sign or annotate the return (`填表人：…`, `审核人：…`, `填报日期：…`, `注：…`), named in one notice per file and skipped.',
    'None needed.',
  ),
  'blank-header': data(
    'error',
    'A header cell (or a YAML key) is blank, so its column is not read. Other tools call this `blank-label`; duibiao has one code for it.',
    'Give the column its English name or Chinese label, or delete the column.',
  ),
  'duplicate-label': data(
    'error',
    'Two headers name the same column, such as `county` and `县市区`, or the same key appears twice in a YAML row. Only the first is read.',
    'Delete or rename one of the two.',
  ),
  'unknown-column': data(
    'notice',
    'Headers the pack does not know, named once per file. Their cells are not read; this never fails a run.',
    "None needed; rename the header if it was meant to be one of the pack's columns.",
  ),
  'missing-column': data(
    'error or notice',
    'A column of the pack is absent from the file: an error for a key column (county, year), a notice for the others, whose rules then say `missing`.',
    'Add the column, by English name or Chinese label.',
  ),
  'table-unclear': data(
    'error',
    "In a pack with tables, a file (or sheet) whose header holds the period columns of two tables, or none and a column of a table other than the first: it cannot be told which table it is. Its rows are checked as the first table's, whose missing columns are reported. A header with no period column and only the first table's columns is the first table's, its period column reported as `missing-column`.",
    'Give the file the period column of its table (年度 for a yearly return, 月份 for a monthly one), and only that one.',
  ),
  // ── rows ──
  'missing-cell': data(
    'error',
    'A row has fewer cells than the header; the cells at its end are missing.',
    "Fill the row out to the header's width; look for a lost separator.",
  ),
  'extra-cell': data(
    'error',
    'A row has more non-blank cells than the header; the extra cells are not read.',
    'Remove the extra cells, or give them a header; look for an unquoted comma in a cell.',
  ),
  'quote-spans-lines': data(
    'error',
    'A quote that opens a cell is closed only lines later, so those lines were read as one cell. Reported where the quote opens, naming the lines it swallowed; each of them is read again as its own row, so no county on them is lost.',
    'Remove the stray quote, or close it in its own cell.',
  ),
  'blank-row': data('notice', 'A blank row between data rows, skipped.', 'None needed.'),
  'not-a-row': data(
    'error',
    'A YAML/JSON list item that is not a mapping of column to value; skipped.',
    'Write each row as a mapping: `- 县市区: 白水县`.',
  ),
  'missing-key': data(
    'error',
    'The county or the year of a row is blank; its verdicts cannot be told apart from others.',
    'Fill in 县市区 and 年度 on every row.',
  ),
  'total-row': data(
    'notice',
    "Aggregate rows (合计, 总计, 小计, 全州合计, 全市合计, or a county cell ending in 合计/小计), named in one notice per file. They are not counties: no verdicts, not counted in `rows`. Each is checked against the county rows it covers, whether it stands below them (a 小计 those since the last aggregate, a 合计 all since the last 合计) or above them, as most statistical tables put 合计 right under the header (a 小计 or 合计 the rows after it, up to the next of its level; a 合计 also ends a 小计's block); columns it could not check, because a covered row is blank or unusable there, are named. A total is of one period, as a county row is: one over rows of several years, or in a monthly table of several months, is not checked, and the notice says which.",
    'None needed.',
  ),
  'breakdown-rows': data(
    'notice',
    "Rows that break the row above down (`其中：城市`, `其中:农村`, or a label indented under a county that is no county's name: neither a county the roster (`--counties`) lists nor one ending in 县, 市, 区 or 旗), named in one notice per file. They are not counties: no verdicts, not counted in `rows`, and in no 合计/小计 sum.",
    'None needed.',
  ),
  'total-row-mismatch': data(
    'error',
    'A count or amount in a 合计/小计 row differs from the exact sum of the county rows it covers.',
    'Correct the aggregate row or the county figure that is wrong.',
  ),
  'name-code-mismatch': data(
    'error',
    "One county name comes with two different 行政区划代码 in one year, or a row's code differs from the code the roster (--counties) gives for that name.",
    'Correct the code or the name, whichever is wrong.',
  ),
  'duplicate-row-key': data(
    'error',
    "A county-year appears again (in this file or an earlier one), or, where 行政区划代码 is given, the same code appears again in one year under any name (`石桥`, `石桥县`). Both rows are checked. In a pack with tables, a row's key is its county, period and table: a county-month again in a monthly table.",
    'Keep one row per county and year (per county and month in a monthly table).',
  ),
  // ── cells ──
  'not-a-scalar': data(
    'error',
    'A YAML/JSON value is a list or mapping where one value belongs.',
    'Give the column one value.',
  ),
  'encoding-error': data(
    'error',
    "A cell or header holds bytes that are not text in the file's encoding, typically a row pasted from a GBK file into a UTF-8 one. The damaged text is never shown.",
    'Retype the cell, or save the whole file in one encoding (CSV UTF-8).',
  ),
  'not-a-number': data(
    'error',
    "A number column holds something that is not a number, such as `约200`, or a figure with a unit other than its column's (`96户` in a column of 个). A count or amount may carry its column's unit, from the pack or the label (`（人）`), with 万 before it: `1.2万人` is 12000, `4个月` is 4 in a column of months.",
    'Type the number alone.',
  ),
  'not-a-whole-number': data('error', 'A count or year has a fraction.', 'Type a whole number.'),
  'negative-count': data('error', 'A count (of people, places, ...) is below zero.', 'Correct the count.'),
  'negative-amount': data('error', 'An amount of money is below zero.', 'Correct the amount.'),
  'out-of-range': data(
    'error',
    'A number lies outside the range the pack allows, such as a year before 2000 or more than 12 months.',
    'Correct the number.',
  ),
  'year-too-large': data(
    'error',
    'A year cell holds a whole number beyond 9007199254740991, which cannot be held exactly; only a pack without `maxValue` on year lets one through to here. The rules that read the year say `invalid` for the row.',
    'Type the year, such as 2022; give the year field a `maxValue` in the pack.',
  ),
  'excel-error': data(
    'error',
    'An Excel error value (`#DIV/0!`, `#N/A`, `#VALUE!`, ...) stands where a number belongs.',
    'Fix the formula in the workbook and save again.',
  ),
  'formula-not-computed': data(
    'error',
    'A workbook cell holds a formula with no computed value: the workbook was written by a program (a script, an export) and never opened in Excel or WPS, which would have computed and saved it. The rules that need the cell say `invalid`.',
    'Open the workbook in Excel or WPS, save it, and check it again.',
  ),
  'scientific-notation': data(
    'error',
    'Excel showed a number or code as `4.39E+05`, which may have rounded it.',
    'Format the column as number (or text, for codes) before saving.',
  ),
  'not-yes-no': data(
    'error',
    'A yes/no column holds something other than 是/否, √/×, 有/无, 已/未, Y/N, yes/no, true/false or 1/0.',
    'Type one of those.',
  ),
  'invalid-code': data(
    'error',
    'The administrative code is not exactly 6 digits; Excel may have dropped its leading zero.',
    'Format the column as text and type all 6 digits.',
  ),
  'invalid-date': data(
    'error',
    'A date is not a real date like 2022-12-31, 2022/12/31, 2022.12.31 or 2022年12月31日; a 5-digit number is an Excel date serial.',
    'Format the column as a date, or type it as 2022-12-31.',
  ),
  'placeholder-blank': data(
    'notice',
    'Number cells that hold only `—`, `——`, `/`, `-` or `无`, counted once per column: read as blank (the rules say `missing`), never as zero.',
    'Type the figure, or 0 where it is zero.',
  ),
  // ── the round: the roster, waivers, the baseline ──
  'county-not-submitted': data(
    'error',
    "A county of the roster (--counties) has no row in a year that the data holds. The problem points at the county's line in the roster.",
    "Get the county's return, or take the county off the roster if it is no longer expected.",
  ),
  'county-name-variant': data(
    'notice',
    "With `--counties`, a row whose 行政区划代码 is a listed county's code but whose name is written otherwise (`石桥`, `石橋縣` for 石桥县) is that county: it is reported under the roster's name, never as `unknown-county` or `county-not-submitted`. Named once per file and name. A row whose name is another listed county keeps its name, and the code is `name-code-mismatch`.",
    'None needed; write the county as the roster names it.',
  ),
  'unknown-county': data(
    'error',
    "A row's county is not on the roster (--counties), with a did-you-mean where a roster name is close (`白河` → `白河县`). The row is still checked.",
    'Write the county as the roster names it, or add it to the roster.',
  ),
  'waiver-expired': data(
    'notice',
    'A waiver (--waivers) matches a verdict but expired before the as-of date, so the verdict stands as it is.',
    'Renew the waiver with a new approval and date, or remove it.',
  ),
  'waiver-unused': data(
    'notice',
    'A waiver (--waivers) matches no fail, missing, invalid or pending county verdict: the target is met, or the county, rule or year is wrong.',
    'Remove the waiver, or correct it.',
  ),
  'baseline-other-pack': data(
    'notice',
    'The baseline (--baseline) was made by another rule pack or another version of duibiao; its findings are matched by rule id, and rules it does not have count as absent.',
    'None needed; make a new baseline with this pack to compare like with like.',
  ),
  'trigger-months-mismatch': data(
    'error',
    "A county's yearly count of the months the price linkage was triggered (物价联动机制启动月数, a rule's `counted_in`) differs from the number of triggered index months of the prefecture's price series paid in that year (index month 2022-12, paid in January, counts toward 2023). The trigger is the statistics bureau's series, not the county's to report.",
    "Correct the count from the published series, or check that the series given is the prefecture's.",
  ),
  'trigger-months-unchecked': data(
    'notice',
    "The price series given does not cover every index month whose subsidy is paid in a year (or a month's values are blank), so the yearly count of triggered months of that year is not checked. Said once a year.",
    'Give the whole series (for 2022: the index months 2021-12 to 2022-11) to have the count checked.',
  ),
  'unjoined-rows': data(
    'notice',
    "Rows of a table keyed by period alone (the prefecture's price index, `price-index`) that nothing read: no row of a table that joins it (a county's `price-subsidy` return) answers to their month, no row owed was judged by them, and no yearly count of triggered months was checked against them. Such a row is no county's and has no verdict of its own, so it is named here, one notice per file or sheet, with its lines and months; `rows` in the JSON report says how many. A file whose rows change month line after line is named by its first thousand runs of lines, then `…`; its count of rows and its months are still exact. Each table is named by the `title` the pack gives it, else by its id.",
    "None needed when the series is given for other checks; give the counties' subsidy returns of those months to have them judged.",
  ),
  'exceeds-total': data(
    'error',
    'A part is larger than its total, such as more townships with a centre than townships.',
    'Correct whichever of the two is wrong.',
  ),
  // ── the check cannot run (exit 2) ──
  usage: stop(
    'The command line is wrong: an unknown format, a bad date, two reports to stdout.',
    'See `duibiao check --help`.',
  ),
  'unknown-format': stop(
    "A data file's extension is not .csv, .tsv, .txt, .yaml, .yml, .json, .xlsx or .xls.",
    'Rename the file, or save it as CSV.',
  ),
  'file-unreadable': stop(
    'A data file does not exist or cannot be read, a pattern (`各县/*.xlsx`) matches no file, or a folder holds no file of a known format; or any file the run reads (a data file, the rule pack, the roster, the waivers, the baseline, the config) is not a regular file once links are followed: a folder, a pipe (FIFO), a device such as /dev/zero, a socket. These are refused at once, never read and never waited on.',
    "Check the path, the pattern and the file's permissions; give a regular file, a folder of returns or a pattern that matches them.",
  ),
  'file-too-large': stop(
    'A file that is read whole is larger than any of its kind is: a YAML or JSON data file or roster over 4 MiB, a rule pack or config over 1 MiB, a waivers file over 4 MiB, a baseline over 64 MiB. It is refused before it is parsed, so memory stays bounded. CSV files are read as a stream and have no such bound.',
    'Send the data as CSV, or split the file.',
  ),
  'link-outside': stop(
    "A file the run reads is reached through a link (a symlink, itself or a folder on its path) that leads out of the folder it was named in: the working directory for a file named directly. A link committed in a pull request could otherwise have a file of the CI runner read and its text shown in the reports. Refused before anything is read; a file named by a path outside the working directory is the user's choice and is read.",
    'Copy the file into the folder, or name it by its real path; give `--follow-links` to read through such links on purpose.',
  ),
  'config-path-outside': stop(
    "A path in the config file (`rules`, `counties`, `waivers`, `baseline`, or the file of a `format` report) leaves the config file's folder: it climbs out with `..`, is absolute, starts with `~`, or goes through a link to outside. A pull request may change the config, so it may name only files of its own repository. Refused before anything is read or written.",
    "Name a file inside the config's folder, or give the path on the command line, which overrides the config.",
  ),
  'lock-file': stop(
    'A data file named on its own is the lock file Excel (`~$名称.xlsx`) or WPS (`.~名称.xlsx`) keeps while the workbook is open, not a return.',
    'Close the workbook in Excel first, and name the workbook itself (`名称.xlsx`), or its folder.',
  ),
  'format-error': stop(
    'A data file is not what its extension says (a PDF or binary data named .csv, a damaged workbook), or a YAML/JSON file cannot be parsed. The message says what the file looks like, at file:line:column where there is one.',
    'In Excel, save as "CSV UTF-8 (逗号分隔)" and check that file.',
  ),
  'workbook-encrypted': stop(
    'A workbook is protected by a password (an encrypted .xlsx is an OLE file holding EncryptionInfo; an encrypted .xls holds a FilePass record). It cannot be read.',
    'Save a copy without the password (文件 → 信息 → 保护工作簿 → 用密码进行加密, then clear it) and check that copy.',
  ),
  'workbook-too-large': stop(
    'A workbook whose entries declare, or really inflate to, far more than any return holds: a zip bomb, or an .xls over 64 MiB. Reading stops at the first byte past the bound.',
    'Send the return itself; split a huge workbook into sheets or files of sensible size.',
  ),
  'cell-too-large': stop(
    "A row of a workbook's sheet holds over 1 MiB of text (a CSV record is bounded alike), or a part of an .xlsx one text or tag over 4 MiB: no county return does. The message names the workbook, the sheet and the cell; nothing after it is read.",
    "Look at the cell named: a pasted document or a program's output does not belong in a return.",
  ),
  'workbook-unsafe-xml': stop(
    'A part of an .xlsx declares a DOCTYPE, which no spreadsheet program writes; its entities could expand without bound, so the file is refused unread.',
    'Open the file in Excel, WPS or LibreOffice and save it again.',
  ),
  'sheet-without-workbook': stop(
    '`--sheet` is given, but no input of the run is a workbook (.xlsx or .xls): CSV, YAML and JSON files have no sheets, so the option could only be ignored.',
    'Drop `--sheet`, or give the workbook it is meant for.',
  ),
  'sheet-not-found': stop(
    '`--sheet` names a sheet (by name or 1-based number) that a workbook does not have; the message lists its sheets.',
    'Give a name or number from the list.',
  ),
  'quote-not-closed': stop(
    'A quote opened in a CSV cell is never closed, so the rest of the file would be one cell. The message names the line where the quote opens.',
    'Close the quote, or remove it.',
  ),
  'record-too-large': stop(
    'A CSV record is over 1 MiB, which no county row is; the rest of the file cannot be read safely. Usually a quote that opens and never closes.',
    'Look at the line named: close the quote, or split the file.',
  ),
  'output-is-input': stop(
    'A report would be written over a file the same run reads (a data file or the rule pack), compared by the real file, not by how its path is spelled. Nothing is written.',
    'Give the report another file name.',
  ),
  'output-full': stop(
    'A report file or device ran out of space while written (a full disk, `/dev/full`). Nothing is left behind.',
    'Free space, or write the report elsewhere.',
  ),
  'stdout-full': stop(
    'Standard output ran out of space while the report was written to it (redirected to a full disk or `/dev/full`).',
    'Free space, or send the report to a file with `-f NAME:FILE`.',
  ),
  'output-closed': stop(
    "The reader of a pipe named as a report's target closed it before the report was written whole. (A reader of stdout that stops early, as `| head` does, is not an error.)",
    "Keep the pipe's reader open until the report ends.",
  ),
  'output-unsafe': stop(
    "A report's target is a block device (a disk such as `/dev/sda`), named or behind a link; or it is a device, FIFO or socket reached through a link outside `/dev` and `/proc`, as a link a pull request planted where the report goes would be. Such a target is never opened, so nothing is written and nothing waits on a FIFO.",
    'Write the report to a regular file, in a folder the job made; name a device or FIFO you mean by its own path (`/dev/null`, `/dev/stderr`, the FIFO itself).',
  ),
  'output-unwritable': stop(
    'A report file cannot be written. Nothing is left behind: a report is written to a temporary file and renamed only when complete.',
    'Check that the folder exists and can be written.',
  ),
  'roster-invalid': stop(
    'The roster (--counties) cannot be read, has no `county` column, names a county twice or has mistakes; each is listed at file:line.',
    'Give a CSV, YAML or workbook (.xlsx, .xls) list with the columns county (县市区) and county_code (行政区划代码).',
  ),
  'waivers-invalid': stop(
    'The waivers file (--waivers) cannot be read or has mistakes (a waiver without a reason, an approver or an expiry date, an unknown rule); every one is listed at file:line:column.',
    'Fix each listed mistake.',
  ),
  'baseline-invalid': stop(
    'The baseline (--baseline) cannot be read, is larger than a report of a yearly round can be, or is not a duibiao JSON report.',
    'Give the JSON report of an earlier run (`-f json:last-year.json`).',
  ),
  'config-invalid': stop(
    'The config file (duibiao.config.yaml or --config) cannot be read or has mistakes; every one is listed at file:line:column.',
    'Fix each listed mistake.',
  ),
  'unknown-rule': stop(
    '`duibiao explain` was given a rule id the pack does not have; the message suggests the nearest.',
    'See `duibiao rules`.',
  ),
  'pack-unreadable': stop('The rule pack file does not exist or cannot be read.', 'Check the path given to --rules.'),
  'pack-invalid': stop(
    'The rule pack has mistakes; every one is listed below it with its own `pack-*` code at file:line:column.',
    'Fix each listed mistake.',
  ),
  'internal-error': stop(
    'A fault in duibiao itself. It still exits 2, never 0; `--debug` shows the stack.',
    'Report it, with the file that caused it if you can.',
  ),
  // ── mistakes in a rule pack (listed under pack-invalid) ──
  'pack-syntax': pack(
    'The pack is not valid YAML: tab indentation, a duplicate key, an unclosed bracket, several documents, nesting too deep, too many aliases.',
    'Fix the YAML at the place named.',
  ),
  'pack-encoding': pack('The pack holds bytes that are not UTF-8 text.', 'Save the pack as UTF-8.'),
  'pack-schema': pack(
    'A value has the wrong type or shape, such as `paragraph: nine` or a missing title.',
    'Give the value the type the message names.',
  ),
  'pack-unknown-key': pack(
    'A key the pack format does not have, with a did-you-mean where one is close.',
    'Correct the spelling, or remove the key.',
  ),
  'pack-unknown-measure': pack(
    "A rule's `measure.kind` is not one of value, ratio or growth, with a did-you-mean.",
    'Use one of the three kinds.',
  ),
  'pack-unknown-column': pack(
    'A rule or field names a column the pack does not define, with a did-you-mean.',
    'Correct the name, or define the column under `fields`.',
  ),
  'pack-table-mismatch': pack(
    'A table declaration or reference that does not hold: a table declared twice, two tables with one period column, a period column of the wrong type, a `table:` naming no declared table, or a rule reading a column that is not in its table.',
    'Declare each table once with its own period column (integer for `every: year`, year-month for `every: month`), and name only declared tables.',
  ),
  'pack-ratio-target': pack(
    "A ratio's target written as a bare number above 1, such as `value: 100`: a ratio is a share, so 100 would mean 10000 % and fail every county.",
    'Write the share as a percentage (`100%`, `40%`) or as a fraction (`1`, `0.4`).',
  ),
  'pack-type-mismatch': pack(
    'A rule uses a column in a way its type does not allow, such as a ratio of yes/no columns.',
    'Use a column of the right type, or change the target.',
  ),
  'pack-duplicate-field': pack('Two fields have the same name or the same label.', 'Rename one.'),
  'pack-missing-field': pack('The pack does not define the key column `county` or `year`.', 'Add it under `fields`.'),
  'pack-duplicate-rule': pack('A rule id is used twice.', 'Give each rule its own id.'),
} as const satisfies Record<string, CodeInfo>;

type Codes = typeof CODES;
type CodesOf<K extends CodeKind> = { [C in keyof Codes]: Codes[C]['kind'] extends K ? C : never }[keyof Codes];

/** A data problem's code, as it appears in a report's `problems`. */
export type DataCode = CodesOf<'data'>;
/** The code of a failure that stops the run with exit 2. */
export type StopCode = CodesOf<'stop'>;
/** The code of one mistake in a rule pack. */
export type PackCode = CodesOf<'pack'>;
export type ProblemCode = keyof Codes;
