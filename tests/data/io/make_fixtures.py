#!/usr/bin/python3
"""Makes the tabular-input fixtures of tests/io: workbooks written by openpyxl (what departments' tools produce),
hand-made workbooks for the cell types openpyxl does not write, hostile workbooks, and CSV files in UTF-8 and
GB18030 with the same content. Run with Debian's /usr/bin/python3 (python3-openpyxl) from this directory:

    /usr/bin/python3 make_fixtures.py

The generated files are committed; tests read them and never run this script. openpyxl stamps docProps with the
time of saving, so a re-run changes bytes but not content.
"""
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))


def id_number(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(first17, weights))
    return first17 + "10X98765432"[total % 11]


ID_A = id_number("53060219800101123")  # 张三丰
ID_B = id_number("53060219751231002")  # 李四
ID_C = id_number("53062720010229001")  # not a date: 2001-02-29
ID_D = id_number("53060220150607004")  # 王小二
BAD_CHECK = ID_A[:17] + ("0" if ID_A[17] != "0" else "1")

# The roster, as one table; CSV files and the openpyxl workbook carry the same.
HEADER = ["序号", "姓名", "身份证号", "月保障金", "认定日期", "起始月份", "人口数", "备注"]
ROWS = [
    [1, "张三丰", ID_A, "1,234.50", "2026/11/29", "2026-11", "3", "村东头, \"老宅\""],
    [2, "李四", ID_B, "620", "2026年1月5日", "2026年1月", "1", ""],
    [3, "王小二", ID_D.lower(), "¥88.8", "20260301", "202603", "4", "多行\n备注"],
]


def write_csv(path, encoding, bom=False, delimiter=","):
    def quote(v):
        v = str(v)
        if any(c in v for c in (delimiter, '"', "\n", "\r")) or v != v.strip():
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [delimiter.join(quote(v) for v in HEADER)]
    for row in ROWS:
        lines.append(delimiter.join(quote(v) for v in row))
    text = "\r\n".join(lines) + "\r\n"
    data = text.encode(encoding)
    if bom:
        data = (b"\xef\xbb\xbf" if encoding == "utf-8" else b"\x84\x31\x95\x33") + data
    with open(os.path.join(HERE, path), "wb") as f:
        f.write(data)


def roster_workbook():
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "本表为现有保障对象名册"
    notes.sheet_state = "hidden"  # a hidden first sheet: the reader starts at the first visible one
    ws = wb.create_sheet("名单")
    ws.append(HEADER)
    ws.append([1, "张三丰", ID_A, 1234.5, datetime.date(2026, 11, 29), "2026-11", 3, "村东头, \"老宅\""])
    ws.append([])  # blank row 3: skipped, numbering kept
    ws.append([2, "李四", ID_B, 620, "2026年1月5日", "2026年1月", 1, None])
    ws.append([3, "王小二", ID_D.lower(), 0.1 + 88.7, datetime.date(2026, 3, 1), datetime.date(2026, 3, 1), 4,
               "多行\n备注"])
    ws["F5"].number_format = "yyyy\"年\"m\"月\""  # a CJK custom date format
    ws["I2"] = True  # beyond the header: ignored by mappings, but read
    extra = wb.create_sheet("Other")
    extra["B2"] = "sparse"
    extra["D2"] = 42
    wb.save(os.path.join(HERE, "roster.xlsx"))


def roster_with_errors():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(HEADER)
    ws.append([1, "张三丰", ID_A, 1234.5, datetime.date(2026, 11, 29), "2026-11", 3, None])   # row 2 ok
    ws.append([2, "李四", BAD_CHECK, 100, "2026-02-30", "2026-13", 1, None])                  # row 3: 3 errors
    ws.append([3, "", ID_B, 12.345, "2026-01-01", "2026-01", 1.5, None])                      # row 4: 3 errors
    ws.append([4, "王五", ID_C, 50, "29/11/2026", "2026-01", 2, None])                        # row 5: 2 errors
    wb.save(os.path.join(HERE, "roster-errors.xlsx"))


def epoch_1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "dates"
    ws.append(["日期"])
    ws.append([datetime.date(2026, 11, 29)])
    ws.append([datetime.date(1990, 1, 1)])
    wb.save(os.path.join(HERE, "dates-1904.xlsx"))


CT = ('<?xml version="1.0" encoding="UTF-8"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" '
             'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
             'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" '
           'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
           'Target="/xl/worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" '
           'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
           'Target="sharedStrings.xml"/>'
           '<Relationship Id="rId3" '
           'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
           'Target="styles.xml"/></Relationships>')
STYLES = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
          '<numFmt numFmtId="165" formatCode="#,##0.00_);[Red]\\(#,##0.00\\)"/></numFmts>'
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>'
          '</styleSheet>')
SHARED = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
          '<si><t>姓名</t></si>'
          '<si><r><rPr><b/></rPr><t xml:space="preserve">张 </t></r><r><t>三</t></r>'
          '<rPh sb="0" eb="1"><t>ZHANG</t></rPh></si>'
          '<si><t>行一_x000D_\n行二 _x005F_x0041_</t></si>'
          '</sst>')


def sheet(rows_xml, prefix=""):
    p = prefix + ":" if prefix else ""
    ns = ' xmlns%s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' % (":" + prefix if prefix else "")
    return ('<?xml version="1.0" encoding="UTF-8"?><%sworksheet%s><%sdimension ref="A1"/><%ssheetData>%s</%ssheetData>'
            '<%spageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></%sworksheet>'
            % (p, ns, p, p, rows_xml, p, p, p))


def write_zip(name, parts, method=zipfile.ZIP_DEFLATED, extra=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for part_name, data in parts:
            info = zipfile.ZipInfo(part_name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = 0o100644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    data = buf.getvalue()
    if extra:
        data = extra(data)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def package(sheet_xml, shared=SHARED, styles=STYLES, more=()):
    return [("[Content_Types].xml", CT), ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", WB_RELS), ("xl/styles.xml", styles),
            ("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet_xml)] + list(more)


def handmade():
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
        '<row r="2" spans="1:9"><c r="A2" t="inlineStr"><is><t>内联</t></is></c>'
        '<c r="B2" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c>'
        '<c r="C2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>'
        '<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
        '<c r="E2" t="b"><v>1</v></c>'
        '<c r="F2" s="1"><v>46355</v></c>'
        '<c r="G2" s="2"><v>1234.5</v></c>'
        '<c r="H2" t="d"><v>2026-11-29T00:00:00</v></c>'
        '<c r="I2" s="3"><v>46355.75</v></c></row>'
        '<row r="4"><c t="s"><v>2</v></c><c><v>4.6E+3</v></c><c r="E4"><v>-0.5</v></c><c r="F4" s="1"/></row>'
        '<row r="5"><c r="B5" s="1"/></row>'  # a styled cell without a value: no row
        '<row r="6"><c r="A6"><v>5.30602198001011E+17</v></c></row>'
    )
    write_zip("handmade-types.xlsx", package(sheet(rows)))
    # The same cells with the main namespace bound to a prefix, as some generators write it.
    write_zip("prefixed-namespace.xlsx", package(sheet('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>',
                                                       prefix="x")))


def hostile():
    header = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    # Zip bomb: 60 MB of white space inside the sheet compresses over 1000:1.
    padding = " " * (60 * 1024 * 1024)
    write_zip("bomb-ratio.xlsx", package(sheet(header + padding)))
    # Billion laughs in the sheet.
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')
    write_zip("doctype-sheet.xlsx", package(laughs))
    # External entity in the shared strings.
    xxe = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>')
    write_zip("xxe-shared-strings.xlsx", package(sheet(header), shared=xxe))
    # One shared string of 40,000 characters (Excel's cells hold at most 32,767).
    # Stored, not deflated: repetitive text would trip the ratio cap first, and this fixture is about the length.
    huge = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<si><t>' + "长" * 40000 + '</t></si></sst>')
    write_zip("huge-shared-string.xlsx", package(sheet(header), shared=huge), method=zipfile.ZIP_STORED)
    write_zip("shared-string-index.xlsx", package(sheet('<row r="1"><c r="A1" t="s"><v>99</v></c></row>')))
    write_zip("rows-backwards.xlsx",
              package(sheet('<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>')))
    write_zip("cell-ref-mismatch.xlsx", package(sheet('<row r="2"><c r="A3"><v>1</v></c></row>')))
    write_zip("traversal.xlsx", package(sheet(header), more=[("xl/../../evil.xml", "<x/>")]))
    write_zip("unexpected-part.xlsx", package(sheet(header), more=[("payload.sh", "rm -rf /")]))
    write_zip("junk-after.xlsx", package(sheet(header)), extra=lambda d: d + b"JUNK")
    write_zip("truncated-sheet.xlsx", package('<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1">'))
    with open(os.path.join(HERE, "legacy.xls"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)


def csv_with_errors():
    # Line numbers the test expects: a quoted field spans lines 3-4, so the row with the bad money is on line 6.
    text = ("姓名,身份证号,金额,日期\r\n"
            "张三丰,%s,100.00,2026-11-29\r\n"          # line 2 ok
            "李四,%s,\"1,000\r\n.00\",2026-11-29\r\n"   # lines 3-4: money with a line break: bad
            "\r\n"                                     # line 5 blank
            "王五,%s,12.345,2026-11-31\r\n"             # line 6: bad check character, 3 decimals, no such day
            "赵六,%s,,2026-11-29\r\n"                   # line 7: amount missing
            % (ID_A, ID_B, BAD_CHECK, ID_D))
    with open(os.path.join(HERE, "errors-utf8.csv"), "wb") as f:
        f.write(text.encode("utf-8"))
    # Valid UTF-8 for the first lines, then a GB18030 line: "bad encoding at line 4".
    mixed = "姓名,金额\n张三,1\n李四,2\n".encode("utf-8") + "王五,3\n".encode("gb18030") + b"x,4\n"
    with open(os.path.join(HERE, "mixed-encoding.csv"), "wb") as f:
        f.write(mixed)
    with open(os.path.join(HERE, "unterminated-quote.csv"), "wb") as f:
        f.write("a,b\r\n1,2\r\n3,\"open\r\n4,5\r\n".encode("utf-8"))


def main():
    write_csv("roster-utf8-bom.csv", "utf-8", bom=True)
    write_csv("roster-gb18030.csv", "gb18030")
    write_csv("roster-utf8-tab.csv", "utf-8", delimiter="\t")
    roster_workbook()
    roster_with_errors()
    epoch_1904()
    handmade()
    hostile()
    csv_with_errors()
    print("ID numbers:", ID_A, ID_B, ID_C, ID_D, "bad check:", BAD_CHECK)


if __name__ == "__main__":
    main()
