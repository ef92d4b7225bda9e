"""Een schoolsjabloon controleren voordat iemand het gebruikt, met meldingen per plek in Word.

Vier controles: tags die over stukken opmaak (runs) of alinea's verdeeld zijn, de opbouw
(Jinja), veldnamen die niet bestaan (met de naam die er het dichtst bij ligt) en een proef:
het sjabloon één keer invullen met de demo, om fouten bij het invullen te vinden.
"""

from __future__ import annotations

import dataclasses
import difflib
import io
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateSyntaxError, nodes

from assistent.kern.schoolsjabloon.velden import Velden
from assistent.kern.schoolsjabloon.vullen import SjabloonFout, lees, omgeving, vul

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
OPEN = re.compile(r"\{[{%#]")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Namen die Jinja zelf meegeeft (in een lus) of die de sandbox kent.
EIGEN = frozenset({"loop", "range", "true", "false", "none", "True", "False", "None",
                   "namespace", "dict", "cycler", "joiner"})


@dataclass(frozen=True)
class Melding:
    soort: str  # "fout" of "waarschuwing"
    tekst: str

    def __str__(self) -> str:
        return self.tekst


def schema(soort: Any = Velden) -> Any:
    """De velden als boom: een dict per dataclass, een lijst met één element per tuple."""
    if dataclasses.is_dataclass(soort):
        hints = typing.get_type_hints(soort)
        return {f.name: schema(hints[f.name]) for f in dataclasses.fields(soort)}
    if typing.get_origin(soort) is tuple:
        return [schema(typing.get_args(soort)[0])]
    return None


def alinea_plekken(document: Any) -> Iterator[tuple[str, Any]]:
    """(plek, w:p) voor elke alinea: 'alinea 3', 'tabel 2, rij 1, kolom 2', 'koptekst'."""
    alinea = tabel = 0
    for kind in document.element.body.iterchildren():
        if kind.tag == f"{W}p":
            alinea += 1
            yield f"alinea {alinea}", kind
        elif kind.tag == f"{W}tbl":
            tabel += 1
            for r, rij in enumerate(kind.iterchildren(f"{W}tr"), 1):
                for k, cel in enumerate(rij.iterchildren(f"{W}tc"), 1):
                    for p in cel.iter(f"{W}p"):
                        yield f"tabel {tabel}, rij {r}, kolom {k}", p
        else:
            for p in kind.iter(f"{W}p"):
                alinea += 1
                yield f"alinea {alinea}", p
    for sectie in document.sections:
        for naam, deel in (("koptekst", sectie.header), ("voettekst", sectie.footer)):
            if deel.is_linked_to_previous:
                continue
            for n, p in enumerate(deel._element.iter(f"{W}p"), 1):
                yield f"{naam}, alinea {n}", p


def _runs(p: Any) -> list[tuple[int, str]]:
    """(nummer van de run, tekst) voor elk stukje tekst in een alinea."""
    uit: list[tuple[int, str]] = []
    for nummer, run in enumerate(p.iter(f"{W}r")):
        tekst = "".join(t.text or "" for t in run.iter(f"{W}t"))
        if tekst:
            uit.append((nummer, tekst))
    return uit


def controleer_runs(document: Any) -> tuple[list[Melding], list[tuple[str, str]]]:
    """Tags over meerdere runs (waarschuwing) of over alinea's heen (fout); ook alle tags met
    hun plek, voor de andere controles."""
    meldingen: list[Melding] = []
    tags: list[tuple[str, str]] = []
    for plek, p in alinea_plekken(document):
        runs = _runs(p)
        tekst = "".join(t for _, t in runs)
        if "{" not in tekst and "}" not in tekst:
            continue
        grenzen: list[int] = []
        positie = 0
        for _, t in runs:
            positie += len(t)
            grenzen.append(positie)
        for m in TAG.finditer(tekst):
            tags.append((plek, m.group(0)))
            eerste = next(i for i, g in enumerate(grenzen) if g > m.start())
            laatste = next(i for i, g in enumerate(grenzen) if g >= m.end())
            if eerste != laatste:
                meldingen.append(Melding("waarschuwing", (
                    f"{plek}: de tag ‘{m.group(0)}’ is in Word over {laatste - eerste + 1} "
                    "stukken opmaak verdeeld (bijvoorbeeld door een spellingcontrole of een "
                    "opmaakwissel midden in de tag). Meestal gaat het goed, maar de opmaak "
                    "van het eerste stuk geldt; tik de tag liever in één keer opnieuw in.")))
        rest = TAG.sub("", tekst)
        if OPEN.search(rest) or "}}" in rest or "%}" in rest:
            meldingen.append(Melding("fout", (
                f"{plek}: een tag begint of eindigt hier, maar niet in dezelfde alinea. Zet "
                "elke tag, van ‘{{’ tot ‘}}’ of van ‘{%’ tot ‘%}’, helemaal in één alinea.")))
    return meldingen, tags


def _namen(doel: nodes.Node) -> list[nodes.Name]:
    return [doel] if isinstance(doel, nodes.Name) else list(doel.find_all(nodes.Name))


def _plek_van(tags: list[tuple[str, str]], patroon: str) -> str:
    gevonden = next((plek for plek, tag in tags if re.search(patroon, tag)), None)
    return f"{gevonden}: " if gevonden else ""


def controleer_namen(boom: nodes.Template, tags: list[tuple[str, str]]) -> list[Melding]:
    """Onbekende veldnamen, met de bekende naam die er het dichtst bij ligt."""
    velden = schema()
    meldingen: list[Melding] = []
    gezien: set[str] = set()

    def onbekend(geschreven: str, kandidaten: list[str], voor: str, patroon: str) -> None:
        if geschreven in gezien:
            return
        gezien.add(geschreven)
        dichtst = difflib.get_close_matches(geschreven.rsplit(".", 1)[-1], kandidaten, 1, 0.5)
        hint = f" Bedoel je ‘{voor}{dichtst[0]}’?" if dichtst else ""
        meldingen.append(Melding("fout", (
            f"{_plek_van(tags, patroon)}het veld ‘{geschreven}’ bestaat niet.{hint} "
            "Zie docs/sjablonen.md voor alle velden.")))

    def soort(expr: nodes.Node, scope: dict[str, Any]) -> tuple[Any, str] | None:
        """Het schema en de geschreven naam van een expressie, of None als onbekend."""
        if isinstance(expr, nodes.Name):
            if expr.name in scope:
                return scope[expr.name], expr.name
            if expr.name in velden:
                return velden[expr.name], expr.name
            if expr.name not in EIGEN:
                onbekend(expr.name, list(velden), "", rf"\b{re.escape(expr.name)}\b")
            return None
        if isinstance(expr, nodes.Getattr | nodes.Getitem):
            attr = expr.attr if isinstance(expr, nodes.Getattr) else (
                expr.arg.value if isinstance(expr.arg, nodes.Const) and
                isinstance(expr.arg.value, str) else None)
            basis = soort(expr.node, scope)
            if basis is None or attr is None or not isinstance(basis[0], dict):
                return None
            naam = f"{basis[1]}.{attr}"
            if attr not in basis[0]:
                onbekend(naam, list(basis[0]), f"{basis[1]}.",
                         rf"{re.escape(basis[1])}\s*\.\s*{re.escape(attr)}\b")
                return None
            return basis[0][attr], naam
        return None

    def loop(knoop: nodes.Node, scope: dict[str, Any]) -> None:
        if isinstance(knoop, nodes.For):
            loop(knoop.iter, scope)
            binnen = dict(scope)
            bron = soort(knoop.iter, scope)
            for doel in _namen(knoop.target):
                binnen[doel.name] = (bron[0][0] if bron and isinstance(bron[0], list)
                                     else None)
            for kind in [*knoop.body, *knoop.else_, *([knoop.test] if knoop.test else [])]:
                loop(kind, binnen)
            return
        if isinstance(knoop, nodes.Assign | nodes.AssignBlock):
            for doel in _namen(knoop.target):
                scope[doel.name] = None
        if isinstance(knoop, nodes.Macro):
            return  # macro's met eigen argumenten: niet na te gaan
        if isinstance(knoop, nodes.Name | nodes.Getattr | nodes.Getitem):
            soort(knoop, scope)
            return
        for kind in knoop.iter_child_nodes():
            loop(kind, scope)

    loop(boom, {})
    return meldingen


def _bron(sjabloon: Any) -> str:
    """De XML zoals docxtpl hem aan Jinja geeft (romp, kop- en voetteksten)."""
    from docx.opc.oxml import parse_xml

    delen = [sjabloon.patch_xml(sjabloon.get_xml())]
    for uri in (sjabloon.HEADER_URI, sjabloon.FOOTER_URI):
        for _, deel in sjabloon.get_headers_footers(uri):
            delen.append(sjabloon.patch_xml(sjabloon.xml_to_string(parse_xml(deel.blob))))
    return "\n".join(re.sub(r"<w:p([ >])", r"\n<w:p\1", d) for d in delen)


def _regelplek(bron: str, regel: int | None, tags: list[tuple[str, str]]) -> str:
    if not regel:
        return ""
    regels = bron.splitlines()
    tekst = re.sub(r"<[^>]+>", "", regels[regel - 1]) if regel <= len(regels) else ""
    for plek, tag in tags:
        if tag in tekst or tag.replace(" ", "") in tekst.replace(" ", ""):
            return f"{plek}: "
    return ""


SYNTAX = (
    ("unexpected end of template", "een blok wordt niet gesloten (ontbreekt er een "
     "‘{% endfor %}’ of ‘{% endif %}’?)"),
    ("Encountered unknown tag", "een onbekende tag of een ‘end…’ zonder begin"),
    ("unexpected '}'", "een ‘}’ op een plek waar die niet hoort"),
    ("expected token", "de tag is niet af of heeft een teken te veel"),
    ("unexpected char", "een teken dat Jinja niet kent (typte Word een slim aanhalingsteken?)"),
)


def valideer(sjabloon_pad: Any, proef: Velden | None = None) -> list[Melding]:
    """Alle meldingen bij een sjabloon; `OnleesbaarSjabloon` als het geen Word-bestand is.

    `proef` zijn de velden van de demo: het sjabloon wordt er één keer mee ingevuld."""
    sjabloon = lees(sjabloon_pad)
    meldingen, tags = controleer_runs(sjabloon.docx)
    bron = _bron(sjabloon)
    try:
        boom = omgeving().parse(bron)
    except TemplateSyntaxError as fout:
        uitleg = next((nl for en, nl in SYNTAX if en.lower() in (fout.message or "").lower()), None)
        tekst = uitleg or f"de opbouw klopt niet (Jinja meldt: {fout.message})"
        meldingen.append(Melding("fout", f"{_regelplek(bron, fout.lineno, tags)}{tekst}."))
        return meldingen
    meldingen += controleer_namen(boom, tags)
    if proef is not None and not any(m.soort == "fout" for m in meldingen):
        try:
            if isinstance(sjabloon_pad, io.BytesIO):
                sjabloon_pad.seek(0)
            vul(sjabloon_pad, proef)
        except SjabloonFout as fout:
            meldingen.append(Melding("fout", f"Bij een proef met de demo: {fout}"))
    return meldingen
