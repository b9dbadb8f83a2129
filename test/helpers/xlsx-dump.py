# Reads a workbook with openpyxl and prints, as JSON, everything a person or Excel would see of it:
# each sheet's cells (value, type, fill, number format, bold, wrapping), merged cells, column
# widths and styles, row heights, frozen panes, autofilter, print setup, print titles and page
# header. Two workbooks that print the same JSON read the same.
import json
import sys

import openpyxl


def cell_of(cell):
    value = cell.value
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    return {
        "value": value,
        # A blank cell has no type to speak of (exceljs wrote an empty text as an empty formula string).
        "type": None if value is None else cell.data_type,
        "fill": cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None,
        "format": cell.number_format,
        "bold": bool(cell.font.b),
        "wrap": bool(cell.alignment.wrap_text),
        "vertical": cell.alignment.vertical,
    }


out = []
book = openpyxl.load_workbook(sys.argv[1])
for sheet in book.worksheets:
    setup = sheet.page_setup
    margins = sheet.page_margins
    out.append({
        "name": sheet.title,
        "freeze": sheet.freeze_panes,
        "autoFilter": sheet.auto_filter.ref,
        "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
        "print": {
            "orientation": setup.orientation,
            "paperSize": setup.paperSize,
            "fitToPage": bool(sheet.sheet_properties.pageSetUpPr is not None and sheet.sheet_properties.pageSetUpPr.fitToPage),
            "fitToWidth": setup.fitToWidth,
            "fitToHeight": setup.fitToHeight,
            "titleRows": sheet.print_title_rows,
            "titleCols": sheet.print_title_cols,
            "margins": [margins.left, margins.right, margins.top, margins.bottom, margins.header, margins.footer],
            "header": [sheet.oddHeader.left.text, sheet.oddHeader.center.text, sheet.oddHeader.right.text],
        },
        "columns": {
            letter: {"width": d.width, "wrap": bool(d.alignment.wrap_text) if d.alignment is not None else False}
            for letter, d in sheet.column_dimensions.items()
        },
        "heights": {str(i): d.height for i, d in sheet.row_dimensions.items() if d.height is not None},
        "rows": [[cell_of(cell) for cell in row] for row in sheet.iter_rows()],
    })
json.dump(out, sys.stdout, ensure_ascii=False)
