"""TOML-bestanden inlezen als modellen, met fouten die bestand, regel, vraag en veld noemen.

Eén kapot bestand houdt de andere niet tegen: het wordt overgeslagen en de reden komt in
`Catalogus.fouten`, zodat de CLI en de TUI kunnen zeggen welk bestand niet meedoet en waarom.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistent.kern import locaties
from assistent.kern.bestanden import BestandFout, lees_toml
from assistent.kern.jinja import gelezen_namen
from assistent.kern.taal import NAMEN
from assistent.kern.vragenlijst.modellen import Voorbeeldzin, Vragenlijst
from assistent.kern.vragenlijst.rollen import (
    HERHAALNAMEN,
    SJABLOONROLLEN,
    VASTE_VOORWAARDEN,
    betekenisfouten,
    is_uniek,
    overnamefout,
)
from assistent.kern.vragenlijst.waarden import WaardeFout, normaliseer

if TYPE_CHECKING:
    from pydantic import ValidationError


@dataclass(frozen=True)
class LaadFout:
    """Eén probleem in één bestand, in gewone taal."""

    bestand: Path
    bericht: str
    regel: int | None = None
    vraag: str | None = None
    veld: str | None = None

    def __str__(self) -> str:
        plek = str(self.bestand)
        if self.regel:
            plek += f", regel {self.regel}"
        delen = [plek]
        if self.vraag:
            delen.append(f"vraag '{self.vraag}'")
        if self.veld:
            delen.append(f"veld '{self.veld}'")
        return f"{': '.join([', '.join(delen), self.bericht])}"


class LaadFouten(ValueError):
    def __init__(self, fouten: Sequence[LaadFout]) -> None:
        self.fouten = list(fouten)
        super().__init__("\n".join(str(f) for f in self.fouten))


@dataclass
class Catalogus:
    """Alle geladen vragenlijsten en voorbeeldzinnen, plus wat er niet lukte."""

    vragenlijsten: dict[str, Vragenlijst] = field(default_factory=dict)
    herkomst: dict[str, str] = field(default_factory=dict)  # id -> "ingebouwd" of "eigen"
    bestanden: dict[str, Path] = field(default_factory=dict)
    voorbeeldzinnen: dict[str, Voorbeeldzin] = field(default_factory=dict)
    fouten: list[LaadFout] = field(default_factory=list)

    def vragenlijst(self, lijst_id: str) -> Vragenlijst | None:
        return self.vragenlijsten.get(lijst_id)


def _lees_toml(pad: Path) -> tuple[dict[str, Any], str]:
    """De gegevens en de tekst (voor regelnummers in meldingen), in één keer gelezen.

    Alleen een gewoon bestand, niet te groot en niet te diep genest (`bestanden.lees_toml`):
    één vijandig bestand van een school mag de andere en de chat niet tegenhouden.
    """
    try:
        return lees_toml(pad)
    except BestandFout as fout:
        raise LaadFouten([LaadFout(pad, fout.bericht, fout.regel)]) from None


def _regel_van(tekst: str, sleutel: str, waarde: str) -> int | None:
    patroon = re.compile(rf"^\s*{re.escape(sleutel)}\s*=\s*[\"']{re.escape(waarde)}[\"']", re.M)
    m = patroon.search(tekst)
    return tekst.count("\n", 0, m.start()) + 1 if m else None


_VERTALING = {
    "missing": "ontbreekt",
    "missing_keyword_argument": "ontbreekt",
    "extra_forbidden": "is geen bekend veld",
    "unexpected_keyword_argument": "is geen bekend veld",
    "string_pattern_mismatch": "gebruik kleine letters, cijfers en _ (begin met een letter)",
    "literal_error": "is geen toegestane waarde",
    "string_too_short": "mag niet leeg zijn",
    "too_short": "mag niet leeg zijn",
    "string_type": "moet tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "greater_than_equal": "is te klein",
}


def _vertaal(fout: dict[str, Any]) -> str:
    soort = str(fout.get("type", ""))
    if soort == "value_error":
        return str(fout.get("ctx", {}).get("error", fout.get("msg", "")))
    if soort == "literal_error":
        verwacht = fout.get("ctx", {}).get("expected", "")
        verwacht = str(verwacht).replace("'", "").replace(" or ", " of ")
        return f"is geen toegestane waarde (kies uit {verwacht})"
    return _VERTALING.get(soort, str(fout.get("msg", "ongeldig")))


def _validatiefouten(
    pad: Path, tekst: str, ruw: dict[str, Any], fout: ValidationError, lijstnaam: str
) -> list[LaadFout]:
    fouten: list[LaadFout] = []
    details = fout.errors()
    plekken = [tuple(d.get("loc", ())) for d in details]
    for detail in details:
        loc = list(detail.get("loc", ()))
        # 'mag niet leeg zijn' voor een lijst is een gevolg van een fout erin: niet dubbel melden.
        if detail.get("type") == "too_short" and any(
            len(p) > len(loc) and list(p[: len(loc)]) == loc for p in plekken
        ):
            continue
        vraag_id: str | None = None
        regel: int | None = None
        knoop: Any = ruw
        vorige: object = None
        for deel in loc:
            try:
                knoop = knoop[deel]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(knoop, dict) and isinstance(knoop.get("id"), str):
                regel = _regel_van(tekst, "id", knoop["id"]) or regel
                if vorige in ("vragen", lijstnaam):
                    vraag_id = knoop["id"]
            if isinstance(deel, str):
                vorige = deel
        velden = [str(d) for d in loc if isinstance(d, str) and d not in (lijstnaam,)]
        veld = velden[-1] if velden else None
        if veld in ("onderdelen", "vragen") and detail.get("type") not in ("missing",):
            veld = None
        fouten.append(LaadFout(pad, _vertaal(dict(detail)), regel, vraag_id, veld))
    return fouten


def laad_vragenlijst(
    pad: Path, voorbeeldzinnen: Iterable[str] | None = None
) -> Vragenlijst:
    """Leest één vragenlijst en controleert alle verwijzingen; geeft `LaadFouten`."""
    ruw, tekst = _lees_toml(pad)
    return _vragenlijst(pad, ruw, tekst, voorbeeldzinnen)


def _vragenlijst(
    pad: Path, ruw: dict[str, Any], tekst: str, voorbeeldzinnen: Iterable[str] | None
) -> Vragenlijst:
    # Pas hier laden (starttijd): een warme start uit de cache heeft pydantic niet nodig.
    from assistent.kern.vragenlijst.schema import ValidationError, valideer

    try:
        lijst = valideer(Vragenlijst, ruw)
    except ValidationError as fout:
        raise LaadFouten(_validatiefouten(pad, tekst, ruw, fout, "vragenlijst")) from None
    fouten = [
        *_controleer_verwijzingen(pad, tekst, lijst, voorbeeldzinnen),
        *_controleer_betekenis(pad, tekst, lijst),
    ]
    if fouten:
        raise LaadFouten(fouten)
    return lijst


# Namen die in elke tekst mogen staan, ook als de vragenlijst ze zelf niet vraagt.
_VASTE_NAMEN = {*SJABLOONROLLEN, *NAMEN}


def _controleer_verwijzingen(
    pad: Path, tekst: str, lijst: Vragenlijst, voorbeeldzinnen: Iterable[str] | None
) -> list[LaadFout]:
    from jinja2.exceptions import TemplateError

    fouten: list[LaadFout] = []
    eerder: set[str] = set()
    alle = {v.id for _, v in lijst.vragen()}
    # Een antwoord per doel bestaat alleen bij dat doel: alleen zijn eigen onderdelen zien het.
    per_doel = {v.id for o, v in lijst.vragen() if o.herhaal}
    bekende_zinnen = set(voorbeeldzinnen) if voorbeeldzinnen is not None else None
    for onderdeel, vraag in lijst.vragen():
        # Per doel kent een tekst ook het doel zelf, zijn nummer en zijn metingen.
        vast = _VASTE_NAMEN | set(HERHAALNAMEN) if onderdeel.herhaal else _VASTE_NAMEN

        def fout(bericht: str, veld: str, v: str = vraag.id) -> None:
            fouten.append(LaadFout(pad, bericht, _regel_van(tekst, "id", v), v, veld))

        if vraag.toon_als:
            try:
                namen = gelezen_namen(f"{{{{ {vraag.toon_als} }}}}")
            except TemplateError as e:
                fout(f"de voorwaarde is geen geldige expressie ({e})", "toon_als")
                namen = set()
            for naam in sorted(namen - set(VASTE_VOORWAARDEN)):
                if naam not in alle:
                    fout(f"de voorwaarde noemt '{naam}', maar die vraag bestaat niet", "toon_als")
                elif naam in per_doel and not onderdeel.herhaal:
                    fout(f"de voorwaarde noemt '{naam}', een vraag die per doel gesteld wordt; "
                         "dat kan alleen in een onderdeel dat ook per doel herhaald wordt",
                         "toon_als")
                elif naam not in eerder:
                    fout(f"de voorwaarde noemt '{naam}', die pas later wordt gevraagd", "toon_als")
        sjablonen = [("vraag", vraag.vraag), ("uitleg", vraag.uitleg)]
        if vraag.voorstel:
            sjablonen.append(("voorstel", vraag.voorstel))
        # Ook een label mag de naam en het voornaamwoord noemen: 'doet {{ zijn }} best'.
        sjablonen.extend(("opties", o.label) for o in vraag.opties if "{" in o.label)
        for veld, sjabloon in sjablonen:
            try:
                namen_in_tekst = gelezen_namen(sjabloon)
            except TemplateError as e:
                fout(f"de tekst is geen geldig sjabloon ({e})", veld)
                continue
            for naam in sorted(namen_in_tekst - eerder - vast):
                fout(f"de tekst noemt '{naam}', maar die vraag komt niet eerder", veld)
            if not onderdeel.herhaal:
                for naam in sorted(namen_in_tekst & per_doel):
                    fout(f"de tekst noemt '{naam}', een vraag die per doel gesteld wordt; dat "
                         "kan alleen in een onderdeel dat ook per doel herhaald wordt", veld)
        if vraag.standaard is not None:
            try:
                normaliseer(vraag, vraag.standaard)
            except WaardeFout as e:
                fout(f"de standaardwaarde past niet bij de vraag: {e}", "standaard")
        if bekende_zinnen is not None:
            for zin in vraag.voorbeeldzinnen:
                if zin not in bekende_zinnen:
                    fout(f"voorbeeldzin '{zin}' bestaat niet", "voorbeeldzinnen")
            for optie in vraag.opties:
                if optie.voorbeeldzin and optie.voorbeeldzin not in bekende_zinnen:
                    fout(f"voorbeeldzin '{optie.voorbeeldzin}' bestaat niet", "opties")
        eerder.add(vraag.id)
    return fouten


def _controleer_betekenis(pad: Path, tekst: str, lijst: Vragenlijst) -> list[LaadFout]:
    """Past elke rol en elk domein bij zijn vraag, en staat een unieke rol er maar één keer?"""
    fouten: list[LaadFout] = []
    eerste: dict[str, str] = {}
    herhaald: str | None = None  # het eerste onderdeel dat per doel herhaald wordt
    for onderdeel, vraag in lijst.vragen():
        regel = _regel_van(tekst, "id", vraag.id)
        if onderdeel.herhaal is not None and herhaald is None:
            herhaald = onderdeel.id
        elif herhaald is not None and vraag.rol == "doel":
            # De vragen per doel lopen de doelen langs die er op dat moment zijn: een doel dat
            # pas later gevraagd wordt, zou nooit geëvalueerd worden.
            fouten.append(LaadFout(
                pad, f"deze vraag naar de doelen staat na onderdeel '{herhaald}', dat per doel "
                "herhaald wordt; zet de vragen naar de doelen ervóór", regel, vraag.id, "rol"))
        opties = [o.waarde for o in vraag.opties]
        for veld, bericht in betekenisfouten(
            vraag.rol, vraag.domein, vraag.soort, vraag.item, opties, vraag.sectie,
            per_doel=onderdeel.herhaal is not None,
        ):
            fouten.append(LaadFout(pad, bericht, regel, vraag.id, veld))
        melding = overnamefout(vraag.neemt_over, vraag.rol, vraag.domein, vraag.sectie)
        if melding:
            fouten.append(LaadFout(pad, melding, regel, vraag.id, "neemt_over"))
        if is_uniek(vraag.rol) and vraag.rol is not None:
            if vraag.rol in eerste:
                bericht = (f"rol '{vraag.rol}' staat al bij vraag '{eerste[vraag.rol]}'; "
                           "deze rol mag maar één keer in een vragenlijst")
                fouten.append(LaadFout(pad, bericht, regel, vraag.id, "rol"))
            else:
                eerste[vraag.rol] = vraag.id
    return fouten


def laad_voorbeeldzinnen(pad: Path) -> list[Voorbeeldzin]:
    """Leest een bestand met `[[zin]]`-tabellen en controleert de sjablonen."""
    ruw, tekst = _lees_toml(pad)
    return _voorbeeldzinnen(pad, ruw, tekst)


def _voorbeeldzinnen(pad: Path, ruw: dict[str, Any], tekst: str) -> list[Voorbeeldzin]:
    # Pas hier laden (starttijd): een warme start uit de cache heeft pydantic en Jinja2 niet nodig.
    from jinja2.exceptions import TemplateError

    from assistent.kern.vragenlijst.schema import ValidationError, valideer

    zinnen_ruw = ruw.get("zin")
    onbekend = sorted(set(ruw) - {"zin"})
    if onbekend:
        raise LaadFouten([LaadFout(pad, f"onbekende sleutel '{onbekend[0]}'; verwacht [[zin]]")])
    if not isinstance(zinnen_ruw, list):
        raise LaadFouten([LaadFout(pad, "geen zinnen gevonden; elke zin staat in een [[zin]]")])
    zinnen: list[Voorbeeldzin] = []
    fouten: list[LaadFout] = []
    for item in zinnen_ruw:
        try:
            zin = valideer(Voorbeeldzin, item)
        except ValidationError as fout:
            zin_id = str(item.get("id", "")) if isinstance(item, dict) else ""
            for f in _validatiefouten(pad, tekst, {"zin": zinnen_ruw}, fout, "zin"):
                regel = f.regel or _regel_van(tekst, "id", zin_id)
                fouten.append(LaadFout(pad, f.bericht, regel, None, f.veld))
            continue
        try:
            gelezen_namen(zin.tekst)
        except TemplateError as e:
            fouten.append(LaadFout(pad, f"zin '{zin.id}' is geen geldig sjabloon ({e})",
                                   _regel_van(tekst, "id", zin.id), None, "tekst"))
            continue
        zinnen.append(zin)
    if fouten:
        raise LaadFouten(fouten)
    return zinnen


def _toml_bestanden(map_: Path) -> list[Path]:
    return sorted(map_.glob("*.toml")) if map_.is_dir() else []


def _mappen(eigen_basis: Path | None) -> tuple[list[Path], list[tuple[Path, str]]]:
    """De mappen met voorbeeldzinnen en met vragenlijsten (met hun herkomst), in leesvolgorde."""
    zinmappen = [locaties.voorbeeldzinnenmap()]
    lijstmappen = [(locaties.vragenlijstenmap(), "ingebouwd")]
    if eigen_basis is not None:
        zinmappen.append(locaties.eigen_voorbeeldzinnenmap(eigen_basis))
        lijstmappen.append((locaties.eigen_vragenlijstenmap(eigen_basis), "eigen"))
    return zinmappen, lijstmappen


def bronbestanden(eigen_basis: Path | None = None) -> list[Path]:
    """Elk bestand waaruit `laad_catalogus` leest, in dezelfde volgorde."""
    zinmappen, lijstmappen = _mappen(eigen_basis)
    mappen = [*zinmappen, *(map_ for map_, _ in lijstmappen)]
    return [pad for map_ in mappen for pad in _toml_bestanden(map_)]


def laad_catalogus(eigen_basis: Path | None = None) -> Catalogus:
    """Laadt de ingebouwde bestanden en die van de school (in de sessiemap).

    Een eigen vragenlijst met hetzelfde id vervangt de ingebouwde. Alles wordt gelezen en
    gecontroleerd; `cache.laad` doet dat alleen als er iets veranderd is.
    """
    catalogus = Catalogus()
    zinmappen, lijstmappen = _mappen(eigen_basis)
    for map_ in zinmappen:
        for pad in _toml_bestanden(map_):
            try:
                zinnen = laad_voorbeeldzinnen(pad)
            except LaadFouten as fout:
                catalogus.fouten.extend(fout.fouten)
                continue
            for zin in zinnen:
                if zin.id in catalogus.voorbeeldzinnen and map_ == zinmappen[0]:
                    catalogus.fouten.append(LaadFout(pad, f"zin-id '{zin.id}' bestaat al"))
                catalogus.voorbeeldzinnen[zin.id] = zin
    for map_, herkomst in lijstmappen:
        for pad in _toml_bestanden(map_):
            try:
                lijst = laad_vragenlijst(pad, catalogus.voorbeeldzinnen)
            except LaadFouten as fout:
                catalogus.fouten.extend(fout.fouten)
                continue
            catalogus.vragenlijsten[lijst.id] = lijst
            catalogus.herkomst[lijst.id] = herkomst
            catalogus.bestanden[lijst.id] = pad
    volgorde = sorted(catalogus.vragenlijsten.values(), key=lambda v: (v.volgorde, v.id))
    catalogus.vragenlijsten = {v.id: v for v in volgorde}
    return catalogus


def valideer_bestanden(paden: Sequence[Path]) -> list[LaadFout]:
    """Controleert losse bestanden (vragenlijst of voorbeeldzinnen, herkend aan de inhoud)."""
    ingebouwd = laad_catalogus(None)
    zinnen: set[str] = set(ingebouwd.voorbeeldzinnen)
    fouten: list[LaadFout] = []
    lijsten: list[Path] = []
    for pad in paden:
        if pad.is_dir():
            lijsten.extend(_toml_bestanden(pad))
        else:
            lijsten.append(pad)
    gelezen: list[tuple[Path, dict[str, Any], str]] = []
    for pad in lijsten:
        try:
            gelezen.append((pad, *_lees_toml(pad)))
        except LaadFouten as fout:
            fouten.extend(fout.fouten)
    # Eerst de voorbeeldzinnen, zodat vragenlijsten ernaar mogen verwijzen.
    for pad, ruw, tekst in gelezen:
        if "zin" in ruw:
            try:
                zinnen.update(z.id for z in _voorbeeldzinnen(pad, ruw, tekst))
            except LaadFouten as fout:
                fouten.extend(fout.fouten)
    for pad, ruw, tekst in gelezen:
        if "zin" not in ruw:
            try:
                _vragenlijst(pad, ruw, tekst, zinnen)
            except LaadFouten as fout:
                fouten.extend(fout.fouten)
    return fouten
