"""PDF export: real PDF files, read back with pypdf (text, fonts, page sizes) and rendered by pdftoppm."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from ropa.domain.model import Register
from ropa.exports import EXPORTERS, SUFFIXES, ExportOptions
from ropa.exports.common import ExportCancelled
from ropa.exports.pdf import FONT_FILES, export
from ropa.fingerprint import fingerprint, short
from ropa.i18n import LANGUAGES, Translator
from ropa.resources import resources_dir
from tests.test_export_expected import expected_texts, leaked_codes, missing_from, normalise, with_unicode_text


def _pages(path: Path, first: int = 0, last: int | None = None) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages[first:last]]


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from ropa.demo import demo_register

    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for lang in LANGUAGES:
        path = folder / f"demo-{lang}.pdf"
        export(demo_register(), path, ExportOptions(language=lang))
        out[lang] = path
    return out


@pytest.fixture(scope="module")
def demo_pages(demo_pdfs: dict[str, Path]) -> dict[str, list[str]]:
    """Extracted once per module: pypdf's text extraction is the slow part of these tests."""
    return {lang: _pages(path) for lang, path in demo_pdfs.items()}


def test_registered_with_its_suffix() -> None:
    assert EXPORTERS["pdf"] == "ropa.exports.pdf:export"
    assert SUFFIXES["pdf"] == ".pdf"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_art30_item_of_the_demo_appears(demo_pages: dict[str, list[str]], demo_register: Register, lang: str) -> None:
    pages = demo_pages[lang]
    text = "\n".join(pages)
    assert missing_from(text, expected_texts(demo_register, lang)) == {}
    assert leaked_codes([text]) == []
    t = Translator(lang)
    for key in ("doc.controller_record", "doc.processor_record", "doc.contents", "doc.summaries",
                "doc.recipients_summary", "doc.transfers_summary", "doc.retention_summary"):
        assert normalise(t(f"export.{key}")) in normalise(text), key


@pytest.mark.parametrize(
    ("lang", "terms"),
    [
        ("fr", ["responsable du traitement", "sous-traitant", "destinataires", "délégué à la protection des données",
                "personnes concernées", "catégories de données à caractère personnel", "vers un pays tiers",
                "délais prévus pour l'effacement", "mesures de sécurité techniques et organisationnelles"]),
        ("nl", ["verwerkingsverantwoordelijke", "verwerker", "ontvangers", "functionaris voor gegevensbescherming",
                "betrokkenen", "persoonsgegevens", "aan een derde land", "bewaartermijnen",
                "technische en organisatorische beveiligingsmaatregelen"]),
        # German declines the terms as Art. 30 DSGVO does ("Kategorien betroffener Personen")
        ("de", ["Verantwortlicher", "Auftragsverarbeiter", "Empfänger", "Datenschutzbeauftragter",
                "Kategorien betroffener Personen", "Kategorien personenbezogener Daten", "an ein Drittland",
                "Löschfristen", "technischen und organisatorischen Maßnahmen"]),
    ],
)
def test_official_gdpr_terms(demo_pages: dict[str, list[str]], lang: str, terms: list[str]) -> None:
    text = normalise("\n".join(demo_pages[lang])).casefold()
    assert [term for term in terms if term.casefold() not in text] == []


def test_cover_page(demo_pdfs: dict[str, Path], demo_pages: dict[str, list[str]], demo_register: Register) -> None:
    cover = normalise(demo_pages["en"][0])
    for text in ("Record of processing activities", "Cardify NV", "Sofie Maes", "2026.2", "Sep 15, 2026",
                 "14 (12 as controller, 2 as processor)", short(fingerprint(demo_register)), "ropa fingerprint"):
        assert text in cover, text
    reader = PdfReader(demo_pdfs["en"])
    assert fingerprint(demo_register) in reader.metadata["/Keywords"]


def test_page_x_of_y_footer_on_every_page(demo_pages: dict[str, list[str]]) -> None:
    pages = demo_pages["fr"]
    assert len(pages) > 10
    for number, text in enumerate(pages, 1):
        text = normalise(text)
        assert f"Page {number} sur {len(pages)}" in text
        assert "Cardify NV · Registre des activités de traitement · exporté le" in text


def test_contents_give_the_page_of_each_section(demo_pages: dict[str, list[str]], demo_register: Register) -> None:
    pages = demo_pages["en"]
    contents = pages[1]
    assert "Contents" in [line.strip() for line in contents.split("\n")]
    for activity in demo_register.activities:
        match = re.search(rf"{activity.reference} {re.escape(activity.name)}\s+(\d+)", contents)
        assert match, activity.reference
        page = int(match.group(1))
        heading = re.compile(rf"^\s*{activity.reference}\s+{re.escape(activity.name[:20])}", re.M)
        first = next(i for i, text in enumerate(pages[2:], 3) if heading.search(text))
        assert page == first, activity.reference


def test_items_in_a_fixed_order_with_explicit_gaps(demo_pages: dict[str, list[str]]) -> None:
    text = normalise("\n".join(demo_pages["en"]))
    section = text[text.index("PA-011 Prospecting and lead generation Controller") :]
    section = section[: section.index("PA-012 Events and webinars")]
    labels = [
        "Description of the processing",
        "Joint controllers: name and contact details (Art. 30(1)(a))",
        "Purposes of the processing and legal basis (Art. 30(1)(b), Art. 6)",
        "Categories of data subjects (Art. 30(1)(c))",
        "Categories of personal data (Art. 30(1)(c))",
        "Sources of the personal data",
        "Categories of recipients, including recipients in third countries (Art. 30(1)(d))",
        "Transfers to a third country or an international organisation",
        "Envisaged time limits for erasure of the different categories of data (Art. 30(1)(f))",
        "General description of the technical and organisational security measures (Art. 30(1)(g), Art. 32(1))",
        "Systems and location of the data",
        "Data protection impact assessment (Art. 35)",
        "Automated decision-making, including profiling (Art. 22)",
    ]
    positions = [section.index(label) for label in labels]
    assert positions == sorted(positions)
    retention = section[positions[8] : positions[9]]
    assert "Not documented" in retention  # PA-011 has no retention rule
    assert "Not applicable" in section[positions[1] : positions[2]]
    assert "Morocco: Atlas Contact SARL, Standard data protection clauses" in section


def test_summary_tables(demo_pages: dict[str, list[str]]) -> None:
    pages = demo_pages["en"]
    start = next(i for i, p in enumerate(pages) if "Summary tables" in p and i > 1)
    summary = normalise("\n".join(pages[start:]))
    assert "Recipients and processors" in summary
    # the contact details and the description under the name (Art. 30(2)(a) asks for a processor's contact details)
    assert "Atlas Contact SARL dpo@atlascontact.example Outbound calls to prospects (Casablanca) Processor Morocco" in summary
    assert "Morocco Standard data protection clauses (Art. 46(2)(c)) — Module 2: controller to processor 1 Atlas Contact SARL PA-011" in summary
    assert "United States EU-US Data Privacy Framework (Art. 45) 7" in summary
    assert "PA-009 Video surveillance (CCTV) Camera images 1 month from recording" in summary


def test_fonts_are_embedded_and_cover_the_text(demo_pdfs: dict[str, Path]) -> None:
    reader = PdfReader(demo_pdfs["en"])
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "DejaVu" in name, name
        assert "/FontFile2" in font["/FontDescriptor"], name  # the TrueType program is in the file


def test_greek_cyrillic_and_emoji_export(tmp_path: Path, demo_register: Register) -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    path = tmp_path / "unicode.pdf"
    export(with_unicode_text(demo_register), path, ExportOptions(language="nl"))
    text = "\n".join(_pages(path, 0, 4))  # cover, contents, PA-001
    for phrase in ("Επεξεργασία μισθοδοσίας", "Обработка заработной платы", "Фёдор Достоевский", "Łódź", "Ærøskøbing"):
        assert phrase in text
    face = TTFont("check", str(resources_dir() / "fonts" / FONT_FILES["DejaVuSans"])).face
    typed = "Επεξεργασία μισθοδοσίας Обработка заработной платы Фёдор Достоевский Łódź Ærøskøbing ÀÉÎÕÜßçñ"
    assert [c for c in typed if ord(c) not in face.charToGlyph] == []  # no missing-glyph boxes


def test_markup_in_user_text_is_printed_as_typed(tmp_path: Path, demo_register: Register) -> None:
    first = dataclasses.replace(
        demo_register.activities[0], description='<b>bold</b> & <font size="40">big</font> <br/> x\x00y', notes="a < b"
    )
    register = dataclasses.replace(demo_register, activities=(first, *demo_register.activities[1:]))
    path = tmp_path / "markup.pdf"
    export(register, path, ExportOptions())
    text = normalise("\n".join(_pages(path, 2, 4)))
    assert '<b>bold</b> & <font size="40">big</font> <br/> x\ufffdy' in text
    assert "a < b" in text


def test_long_values_do_not_break_the_layout(tmp_path: Path, demo_register: Register) -> None:
    first = dataclasses.replace(
        demo_register.activities[0], name="N" * 3000, description="word " * 4000, notes="x" * 5000
    )
    register = dataclasses.replace(demo_register, activities=(first, *demo_register.activities[1:]))
    path = tmp_path / "long.pdf"
    export(register, path, ExportOptions())
    assert len(PdfReader(path).pages) > 16


def test_letter_paper(tmp_path: Path, demo_register: Register) -> None:
    path = tmp_path / "letter.pdf"
    export(demo_register, path, ExportOptions(page_size="Letter"))
    box = PdfReader(path).pages[3].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a4_by_default(demo_pdfs: dict[str, Path]) -> None:
    box = PdfReader(demo_pdfs["de"]).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_progress_and_cancel(tmp_path: Path, demo_register: Register) -> None:
    calls: list[tuple[int, int]] = []
    done = tmp_path / "done.pdf"
    export(demo_register, done, ExportOptions(progress=lambda d, t: calls.append((d, t))))
    assert len(calls) >= len(demo_register.activities)
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)

    seen: list[int] = []
    options = ExportOptions(progress=lambda d, t: seen.append(d), cancelled=lambda: len(seen) > 5)
    with pytest.raises(ExportCancelled):
        export(demo_register, tmp_path / "cancelled.pdf", options)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["done.pdf"]


def test_empty_register(tmp_path: Path) -> None:
    from ropa.domain.model import Organisation

    path = tmp_path / "empty.pdf"
    export(Register(Organisation("u", "Acme SA")), path, ExportOptions())
    text = normalise("\n".join(_pages(path)))
    assert "No processing activity in this part of the record." in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_first_page_renders(tmp_path: Path, demo_pdfs: dict[str, Path]) -> None:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "2", str(demo_pdfs["en"]), str(tmp_path / "page")],
        check=True, capture_output=True, timeout=60,
    )
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 2 and all(p.stat().st_size > 2000 for p in pngs)


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout


def _processor_only(demo: Register) -> Register:
    import dataclasses

    from ropa.domain.enums import Role, SourceKind
    from ropa.domain.model import Contact, Purpose, Source

    org = dataclasses.replace(demo.organisation, address="", email="", phone="", dpo=Contact())
    acts = [a for a in demo.activities if a.role is Role.PROCESSOR]
    moved = next(a for a in demo.activities if a.transfers).transfers[0]
    acts[0] = dataclasses.replace(
        acts[0], purposes=(Purpose("p-1", "Hosting the client's customer database"),),
        sources=(Source("s-1", SourceKind.THIRD_PARTY, "The client's CRM export"),),
        transfers=(dataclasses.replace(moved, mechanism=None, scc_module=None),),
    )
    return dataclasses.replace(demo, organisation=org, activities=tuple(acts))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_processor_sections_print_everything_and_cite_art_30_2(tmp_path: Path, demo_register: Register, lang: str) -> None:
    from ropa.exports.pdf import PdfWriter

    register = _processor_only(demo_register)
    t = Translator(lang)
    export(register, tmp_path / "p.pdf", ExportOptions(language=lang, include_findings=True))
    flat = " ".join(_pdf_text(tmp_path / "p.pdf").split())
    # no empty controller part when every activity is a processor activity
    assert t("export.doc.controller_record") not in flat and t("export.doc.no_activities") not in flat
    assert t("export.doc.processor_record").split("(")[0].strip() in flat
    for text_ in ("Hosting the client's customer database", "The client's CRM export"):
        assert text_ in flat  # purposes and sources of a processor activity
    for c in register.data_categories:
        if c.description and any(d.category == c.uuid for a in register.activities for d in a.data):
            assert " ".join(c.description.split()) in flat  # what a data category contains
    for r in register.recipients:
        if r.contact and any(r.uuid in a.recipients for a in register.activities):
            assert r.contact in flat, r.name
    # processor items never cite the controller's Art. 30(1)(c) or (f)
    writer = PdfWriter(register, ExportOptions(language=lang))
    labels = [p.text for a in register.activities for p in writer.processor_section(a) if hasattr(p, "style")
              and p.style.name == "label"]
    assert labels and not [x for x in labels if "30(1)" in x or "30, par. 1" in x or "30, lid 1" in x
                           or "30 Abs. 1" in x]
    # the gaps of the organisation's Art. 30(1)(a) details and a transfer's mechanism carry the red marker
    writer = PdfWriter(register, ExportOptions(language=lang))
    assert writer.cover_gaps() == {t("export.cover.organisation"), t("export.cover.dpo")}
    marked = [p.text for a in register.activities for p in writer.processor_section(a) if hasattr(p, "text")]
    assert any('<font color="#a61b1b"><i>' + t("export.value.mechanism_missing") in m for m in marked)


def test_findings_annex_is_one_table_errors_first(tmp_path: Path, demo_register: Register) -> None:
    from reportlab.platypus import Table

    from ropa.exports.pdf import PdfWriter

    writer = PdfWriter(_processor_only(demo_register), ExportOptions(language="en", include_findings=True))
    assert writer.findings is not None and len(writer.findings) > 40  # more than the old 40-row pieces
    tables = [f for f in writer.findings_annex() if isinstance(f, Table)]
    assert len(tables) == 1
    ranks = [f.severity.rank for f in sorted(writer.findings, key=lambda f: f.severity.rank)]
    severities = [row[0] for row in tables[0]._cellvalues[1:]]
    t = Translator("en")
    assert severities == [t(f"export.severity.{['error', 'warning', 'info'][r]}") for r in ranks]


def test_long_unbroken_text_exports_and_stays_linear(tmp_path: Path, demo_register: Register) -> None:
    """A 5,000-character name, a long URL, a 2,000-character reference and a 200 KB word: no LayoutError."""
    import time

    def with_text(size: int) -> Register:
        a = dataclasses.replace(demo_register.activities[0], description="x" * size)
        return dataclasses.replace(demo_register, activities=(a, *demo_register.activities[1:]))

    org = dataclasses.replace(
        demo_register.organisation, legal_name="N" * 5000, website="https://example.com/" + "a" * 3000
    )
    a = dataclasses.replace(demo_register.activities[1], reference="R" * 2000, name="W" * 3000)
    odd = dataclasses.replace(with_text(20_000), organisation=org,
                              activities=(a, *with_text(20_000).activities[:1], *demo_register.activities[2:]))
    export(odd, tmp_path / "odd.pdf", ExportOptions(language="de"))
    assert PdfReader(tmp_path / "odd.pdf").pages
    times = []
    for size in (50_000, 200_000):
        start = time.process_time()
        export(with_text(size), tmp_path / f"{size}.pdf", ExportOptions(language="en"))
        times.append(time.process_time() - start)
    assert times[1] < 4 * times[0] + 1.0, times  # four times the text: about four times the time, not sixteen


def test_pieces_keep_every_character() -> None:
    from ropa.exports.pdf import pieces

    for value in ("x" * 10_001, ("word " * 3000).strip(), "a\n" * 4000, "short"):
        parts = pieces(value, 1000)
        assert all(len(p) <= 1000 for p in parts)
        assert "".join(parts).replace(" ", "").replace("\n", "") == value.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize(("lang", "word"), [("nl", "verwerkersovereenkomst"), ("de", "Auftragsverarbeitungsvertrag"),
                                            ("fr", "anticonstitutionnellement"), ("en", "pseudonymisation")])
def test_table_cells_break_words_only_with_a_hyphen(lang: str, word: str) -> None:
    from ropa.exports.pdf import FONT, register_fonts, wrap_lines

    register_fonts()
    for width in (30.0, 45.0, 60.0):
        lines = wrap_lines(f"{word} {word.upper()} https://example.com/{'a' * 80}", width, FONT, 7.5, lang)
        text_ = " ".join(lines)
        broken = [line for line in lines if line.rstrip("-") and line.endswith("-")]
        assert broken  # the words are wider than these cells
        assert text_.replace("- ", "").replace(" ", "") == f"{word}{word.upper()}https://example.com/{'a' * 80}"
    lines = wrap_lines(word, 60.0, FONT, 7.5, lang)
    if len(lines) > 1:  # broken at a dictionary hyphenation point, not anywhere
        from ropa.exports.pdf import hyphenator

        points = {len(h) for h, _t in hyphenator(lang).iterate(word)}
        assert len(lines[0].rstrip("-")) in points
