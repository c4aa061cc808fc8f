#!/usr/bin/python3
"""Prints what openpyxl (an independent reader) sees in a workbook, as JSON, for tests/io/XlsxWriterTest:
sheet names in order, frozen panes, column widths, and every cell with its value, type, number format and
boldness. Dates come out as ISO text, everything else as JSON values.

    /usr/bin/python3 dump_xlsx.py FILE.xlsx
"""
import datetime
import json
import sys

import openpyxl


def cell_json(cell):
    value = cell.value
    if isinstance(value, datetime.datetime):
        kind, value = "date", value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    elif isinstance(value, datetime.date):
        kind, value = "date", value.isoformat()
    elif isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, int):
        kind = "int"
    elif isinstance(value, float):
        kind = "float"
    elif isinstance(value, str):
        kind = "str"
    else:
        kind = "none"
    return {"ref": cell.coordinate, "type": kind, "value": value, "format": cell.number_format,
            "bold": bool(cell.font and cell.font.b)}


def main(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": []}
    for ws in wb.worksheets:
        widths = {}
        for letter, dim in sorted(ws.column_dimensions.items()):
            if dim.customWidth:
                widths[letter] = dim.width
        rows = []
        for row in ws.iter_rows():
            rows.append([cell_json(c) for c in row if c.value is not None])
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "widths": widths,
                              "max_row": ws.max_row, "max_column": ws.max_column, "rows": rows})
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
