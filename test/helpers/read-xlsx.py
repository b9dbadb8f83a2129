# Reads a workbook back with openpyxl, a reader independent of the one that wrote it, and prints
# what the tests check as JSON: sheets, frozen panes, autofilters, cells with their types, fills
# and number formats, data validations, column widths and how each sheet prints.
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for sheet in book.worksheets:
    rows = []
    for row in sheet.iter_rows():
        rows.append([
            {
                "value": cell.value if not hasattr(cell.value, "isoformat") else cell.value.isoformat(),
                "type": cell.data_type,
                "fill": cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None,
                "format": cell.number_format,
            }
            for cell in row
        ])
    out["sheets"].append({
        "name": sheet.title,
        "freeze": sheet.freeze_panes,
        "autoFilter": sheet.auto_filter.ref,
        "print": {
            "orientation": sheet.page_setup.orientation,
            "paperSize": sheet.page_setup.paperSize,
            "fitToPage": bool(sheet.sheet_properties.pageSetUpPr is not None and sheet.sheet_properties.pageSetUpPr.fitToPage),
            "fitToWidth": sheet.page_setup.fitToWidth,
            "fitToHeight": sheet.page_setup.fitToHeight,
            "titleRows": sheet.print_title_rows,
        },
        "widths": {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()},
        "rows": rows,
        "validations": [
            {
                "sqref": str(v.sqref),
                "type": v.type,
                "operator": v.operator,
                "formula1": v.formula1,
                "formula2": v.formula2,
                "prompt": v.prompt,
                "showInputMessage": bool(v.showInputMessage),
                "showErrorMessage": bool(v.showErrorMessage),
                "errorStyle": v.errorStyle,
            }
            for v in sheet.data_validations.dataValidation
        ],
    })
json.dump(out, sys.stdout, ensure_ascii=False)
