#!/usr/bin/env python3
"""Writes the peace-plan sample drafts as Word (.docx), OpenDocument (.odt), web page (.html)
and PDF files into samples/formats/, from the plain-text samples.

The .docx and .odt XML is written here by hand (Python's zipfile, deflate), with *automatic*
list numbering: the point numbers are not in the text but in numbering.xml (Word) or the list
style (OpenDocument), as in real drafts. The 28-point .docx also carries tracked changes (an
insertion, a deletion, a deleted numbered paragraph) and a field, all of which read back to the
.txt text once the changes are accepted. The .html uses <ol> numbering with a <nav>, a <script>
and a <footer> around the <main> content.

PDF: Debian's python3-reportlab with the DejaVu fonts (apt-get install python3-reportlab
fonts-dejavu-core), justified text, a running header and a page-number footer. Run with the
system Python: /usr/bin/python3 scripts/make-format-samples.py
"""

import html
import os
import re
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")
OUT = os.path.join(SAMPLES, "formats")
DRAFTS = [
    "peace-plan-2025-11-28-points",
    "peace-plan-2025-11-30-geneva-19-points",
    "peace-plan-2025-12-20-points",
]
# A fixed time stamp inside the ZIP files, so that re-running the script changes nothing.
STAMP = (2025, 12, 1, 0, 0, 0)


def parse(path):
    """Title, header line, preamble and points [(number, text, [sub-items])] of a sample."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    title, header = lines[0], lines[1]
    blocks, current = [], []
    for line in lines[2:]:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    preamble = " ".join(l.strip() for l in blocks[0])
    points = []
    for block in blocks[1:]:
        m = re.match(r"^(\d+)\. (.*)$", block[0])
        assert m, block[0]
        text, subs = [m.group(2)], []
        for line in block[1:]:
            sub = re.match(r"^   ([a-z])\) (.*)$", line)
            if sub:
                subs.append([sub.group(2)])
            elif subs:
                subs[-1].append(line.strip())
            else:
                text.append(line.strip())
        points.append((int(m.group(1)), " ".join(text), [" ".join(s) for s in subs]))
    return title, header, preamble, points


def write_zip(path, parts, first=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if first:
            info = zipfile.ZipInfo(first[0], STAMP)
            info.compress_type = zipfile.ZIP_STORED
            z.writestr(info, first[1])
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- Word

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(content, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{content}</w:p>"


def docx(name, title, header, preamble, points, tracked):
    body = [para(run(title), "Title")]
    if tracked:
        # The word "November" is a field's result; its code is not text.
        head, _, tail = header.partition("public")
        body.append(
            para(
                run(head)
                + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                + '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY Source </w:instrText></w:r>'
                + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                + run("public")
                + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                + run(tail)
            )
        )
    else:
        body.append(para(run(header)))
    body.append(para(run(preamble)))
    for number, text, subs in points:
        content = run(text)
        if tracked and number == 6:
            # Accepted, the insertion stays and the deletion goes: the .txt wording.
            words = text.split(" ")
            content = (
                run(" ".join(words[:3]) + " ")
                + '<w:del w:id="1" w:author="Clausewise" w:date="2025-11-20T00:00:00Z">'
                + '<w:r><w:delText xml:space="preserve">limited to </w:delText></w:r></w:del>'
                + '<w:ins w:id="2" w:author="Clausewise" w:date="2025-11-20T00:00:00Z">'
                + run(" ".join(words[3:]))
                + "</w:ins>"
            )
        # Points take their number from the style "ListNumber" (based on "ListBase", which
        # carries the numbering); sub-items use the list's second level directly.
        body.append(para(content, "ListNumber"))
        for sub in subs:
            body.append(para(run(sub), None, (1, 1)))
        if tracked and number == 6:
            # A whole numbered paragraph deleted: it must not take a number.
            body.append(
                '<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:rPr>'
                '<w:del w:id="3" w:author="Clausewise" w:date="2025-11-20T00:00:00Z"/></w:rPr></w:pPr>'
                '<w:del w:id="4" w:author="Clausewise" w:date="2025-11-20T00:00:00Z"><w:r>'
                "<w:delText>Ukraine keeps a reserve of a size it decides itself.</w:delText>"
                "</w:r></w:del></w:p>"
            )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
        + "".join(body)
        + "<w:sectPr/></w:body></w:document>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListBase"><w:name w:val="List Base"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="ListBase"/></w:style>'
        "</w:styles>"
    )
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
        '<w:abstractNum w:abstractNumId="7">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
        "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
        "</w:numbering>"
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    write_zip(
        os.path.join(OUT, name + ".docx"),
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                "</Types>",
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/>'
                "</Relationships>",
            ),
            (
                "word/_rels/document.xml.rels",
                '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{rel}/numbering" Target="numbering.xml"/>'
                "</Relationships>",
            ),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
        ],
    )


# ---------------------------------------------------------------- OpenDocument

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"'
)


def odt(name, title, header, preamble, points):
    def item(number, text, subs):
        inner = f"<text:p>{escape(text)}</text:p>"
        if subs:
            inner += (
                "<text:list>"
                + "".join(f"<text:list-item><text:p>{escape(s)}</text:p></text:list-item>" for s in subs)
                + "</text:list>"
            )
        return f"<text:list-item>{inner}</text:list-item>"

    half = len(points) // 2
    body = (
        f'<text:h text:outline-level="1">{escape(title)}</text:h>'
        f"<text:p>{escape(header)}</text:p><text:p>{escape(preamble)}</text:p>"
        # The points are in two lists; the second continues the numbering of the first.
        '<text:list text:style-name="L1">'
        + "".join(item(*p) for p in points[:half])
        + '</text:list><text:list text:style-name="L1" text:continue-numbering="true">'
        + "".join(item(*p) for p in points[half:])
        + "</text:list>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
        "<office:automatic-styles>"
        '<text:list-style style:name="L1">'
        '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
        '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>'
        "</text:list-style></office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    write_zip(
        os.path.join(OUT, name + ".odt"),
        [("content.xml", content), ("META-INF/manifest.xml", manifest)],
        first=("mimetype", "application/vnd.oasis.opendocument.text"),
    )


# ---------------------------------------------------------------- HTML


def page(name, title, header, preamble, points):
    e = html.escape
    items = []
    for number, text, subs in points:
        # Sub-items as the lettered lines of the text (an <ol type="a"> would show "a.", not "a)").
        sub = "".join(f"<br>\n    {chr(ord('a') + k)}) {e(s)}" for k, s in enumerate(subs))
        items.append(f"  <li>{e(text)}{sub}</li>")
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
<style>body {{ font-family: serif; }}</style>
<script>document.documentElement.className = "js";</script>
</head>
<body>
<nav><a href="/">Home</a> · <a href="/drafts">Drafts</a></nav>
<main>
<h1>{e(title)}</h1>
<p>{e(header)}</p>
<p>{e(preamble)}</p>
<ol>
{chr(10).join(items)}
</ol>
</main>
<footer>Sample page written for Clausewise.</footer>
</body>
</html>
"""
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------- PDF


def pdf(name, title, header, preamble, points, columns=1):
    """The draft as a PDF of one column, or (columns=2) its title, header and preamble across
    the page and its points in two columns, as gazettes and ordinances are set."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    fonts = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("Serif", fonts + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("Serif-Bold", fonts + "DejaVuSerif-Bold.ttf"))
    base = ParagraphStyle("base", fontName="Serif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
    head = ParagraphStyle("head", parent=base, fontName="Serif-Bold", fontSize=14, leading=18, spaceAfter=10)
    point = ParagraphStyle("point", parent=base, leftIndent=0.8 * cm, firstLineIndent=-0.8 * cm)
    sub = ParagraphStyle("sub", parent=base, leftIndent=1.6 * cm, firstLineIndent=-0.6 * cm, spaceAfter=3)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Serif", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, "Clausewise sample PDF (unofficial)")
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    e = escape
    story = [Paragraph(e(title), head), Paragraph(e(header), base), Paragraph(e(preamble), base), Spacer(1, 6)]
    for number, text, subs in points:
        story.append(Paragraph(f"{number}. {e(text)}", point))
        for k, s in enumerate(subs):
            story.append(Paragraph(f"{chr(ord('a') + k)}) {e(s)}", sub))
    if columns == 2:
        two_columns(name, title, story, decorate)
        return
    doc = SimpleDocTemplate(
        os.path.join(OUT, name + ".pdf"),
        pagesize=A4,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=title,
        author="Clausewise samples",
        creator="scripts/make-format-samples.py",
        invariant=1,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def two_columns(name, title, story, decorate):
    """Lays the story out with its first four flowables (title, header, preamble, space)
    across the top of the first page and the rest in two columns, page after page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate

    width, height = A4
    margin, gutter, top = 2 * cm, 1 * cm, 6.5 * cm
    column = (width - 2 * margin - gutter) / 2

    def columns(y_top):
        return [
            Frame(margin, margin, column, y_top - margin, id="left"),
            Frame(margin + column + gutter, margin, column, y_top - margin, id="right"),
        ]

    first = [Frame(margin, height - margin - top, width - 2 * margin, top, id="head")] + columns(
        height - margin - top
    )
    doc = BaseDocTemplate(
        os.path.join(OUT, name + "-two-columns.pdf"),
        pagesize=A4,
        title=title,
        author="Clausewise samples",
        creator="scripts/make-format-samples.py",
        invariant=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=first, onPage=decorate, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=columns(height - margin), onPage=decorate),
        ]
    )
    doc.build(story[:4] + [FrameBreak()] + story[4:])


def scan():
    """A PDF page with only drawing on it, as a scan without a text layer reads."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(os.path.join(OUT, "scan-without-text.pdf"), pagesize=A4, invariant=1)
    c.setFillGray(0.85)
    c.rect(72, 400, 450, 300, fill=1, stroke=0)
    c.setFillGray(0.4)
    for k in range(12):
        c.rect(90, 680 - 22 * k, 400 - 17 * (k % 5), 9, fill=1, stroke=0)
    c.showPage()
    c.save()


def main():
    os.makedirs(OUT, exist_ok=True)
    for k, name in enumerate(DRAFTS):
        parts = parse(os.path.join(SAMPLES, name + ".txt"))
        docx(name, *parts, tracked=(k == 0))
        odt(name, *parts)
        page(name, *parts)
        pdf(name, *parts)
        print("wrote", name, "(.docx .odt .html .pdf)")
        if name == DRAFTS[-1]:
            pdf(name, *parts, columns=2)
            print("wrote", name + "-two-columns.pdf")
    scan()
    print("wrote scan-without-text.pdf")


if __name__ == "__main__":
    main()
