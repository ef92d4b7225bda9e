"""De gecontroleerde catalogus bewaren, zodat de volgende start niet alles opnieuw controleert.

Alle vragenlijsten en voorbeeldzinnen lezen (TOML) en controleren (pydantic) kost bij elke
start een paar honderd milliseconden, terwijl die bestanden bijna nooit veranderen. Daarom
bewaren we na een controle het resultaat als JSON in `<sessiemap>/.cache/`, met een
vingerafdruk van de inhoud van elk bronbestand en van de code die de controle doet. Klopt de
vingerafdruk bij de volgende start, dan bouwen we de modellen direct uit dat bestand. Bij elke
twijfel (een bestand veranderd, toegevoegd of weg, een kapotte of onleesbare cache, een andere
Python) wordt alles gewoon opnieuw gelezen en gecontroleerd. De cache bevat alleen vragen en
voorbeeldzinnen, geen gegevens over kinderen.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from assistent.kern import locaties
from assistent.kern.bestanden import BestandFout, lees_bytes, maak_map, schrijf_atomair
from assistent.kern.vragenlijst import laden
from assistent.kern.vragenlijst.laden import Catalogus, LaadFout
from assistent.kern.vragenlijst.modellen import Onderdeel, Optie, Voorbeeldzin, Vraag, Vragenlijst

FORMAAT = 1
BESTAND = "catalogus.json"
MAX_CACHE = 20_000_000  # bytes; de ingebouwde catalogus is een paar honderd kB

# De code die bepaalt of een bestand goedgekeurd wordt: verandert die, dan telt de cache niet.
# Als paden, niet als modules: schema.py importeren zou pydantic laden.
_HIER = Path(__file__).parent
_CODE = [
    *(_HIER / f"{module}.py" for module in (
        "cache", "laden", "modellen", "rollen", "schema", "waarden",
    )),
    *(_HIER.parent / f"{module}.py" for module in ("jinja", "taal")),
]


def laad(sessiemap: Path) -> Catalogus:
    """De catalogus voor deze sessiemap: uit de cache als niets veranderd is, anders vers."""
    afdruk = vingerafdruk(laden.bronbestanden(sessiemap))
    pad = locaties.cachemap(sessiemap) / BESTAND
    catalogus = lees(pad, afdruk)
    if catalogus is None:
        catalogus = laden.laad_catalogus(sessiemap)
        if sessiemap.is_dir():  # alleen de map gebruiken; niet aanmaken om te kunnen cachen
            schrijf(pad, afdruk, catalogus)
    return catalogus


def vingerafdruk(bronbestanden: list[Path]) -> str:
    """Een hash over de namen en de inhoud van alle bronbestanden en de controlerende code."""
    hash_ = hashlib.blake2b(digest_size=16)
    hash_.update(f"{FORMAAT}|{sys.version}".encode())
    for pad in _CODE:
        hash_.update(str(pad).encode() + b"\0")
        try:
            hash_.update(pad.read_bytes())
        except OSError:
            hash_.update(b"\0onleesbaar\0")
    for pad in bronbestanden:
        hash_.update(str(pad).encode() + b"\0")
        try:
            # De bestanden van de school: een FIFO of enorm bestand mag de start niet laten
            # hangen. Laden meldt wat er mis is; hier telt alleen dat het zo is.
            hash_.update(lees_bytes(pad))
        except BestandFout:
            hash_.update(b"\0onleesbaar\0")
    return hash_.hexdigest()


def lees(pad: Path, afdruk: str) -> Catalogus | None:
    """De catalogus uit de cache, of None als die er niet is, niet klopt of niet te lezen is."""
    try:
        gegevens = json.loads(lees_bytes(pad, MAX_CACHE).decode("utf-8"), object_hook=_terug)
        if gegevens.get("vingerafdruk") != afdruk:
            return None
        return _catalogus_uit(gegevens)
    except Exception:  # een cache is een gemak: wat er ook mis is, we controleren gewoon opnieuw
        return None


def schrijf(pad: Path, afdruk: str, catalogus: Catalogus) -> None:
    """Bewaart de catalogus; lukt dat niet (alleen-lezen map, vol), dan is dat geen fout."""
    gegevens = {
        "vingerafdruk": afdruk,
        "vragenlijsten": [asdict(v) for v in catalogus.vragenlijsten.values()],
        "herkomst": catalogus.herkomst,
        "bestanden": {i: str(p) for i, p in catalogus.bestanden.items()},
        "voorbeeldzinnen": [asdict(z) for z in catalogus.voorbeeldzinnen.values()],
        "fouten": [{**asdict(f), "bestand": str(f.bestand)} for f in catalogus.fouten],
    }
    with contextlib.suppress(OSError, TypeError, ValueError):
        inhoud = json.dumps(gegevens, ensure_ascii=False, default=_naar_json)
        maak_map(pad.parent)
        schrijf_atomair(pad, inhoud.encode("utf-8"))


def _naar_json(waarde: object) -> object:
    """JSON kent geen datum; een standaardwaarde van een datumvraag kan er een zijn."""
    if isinstance(waarde, date):
        return {"$datum": waarde.isoformat()}
    raise TypeError(f"{type(waarde).__name__} past niet in de cache")


def _terug(gegevens: dict[str, Any]) -> Any:
    if gegevens.keys() == {"$datum"}:
        return date.fromisoformat(gegevens["$datum"])
    return gegevens


def _catalogus_uit(gegevens: dict[str, Any]) -> Catalogus:
    vragenlijsten = [_vragenlijst(v) for v in gegevens["vragenlijsten"]]
    zinnen = [
        Voorbeeldzin(**{**z, "themas": tuple(z["themas"])}) for z in gegevens["voorbeeldzinnen"]
    ]
    return Catalogus(
        vragenlijsten={v.id: v for v in vragenlijsten},
        herkomst=dict(gegevens["herkomst"]),
        bestanden={i: Path(p) for i, p in gegevens["bestanden"].items()},
        voorbeeldzinnen={z.id: z for z in zinnen},
        fouten=[LaadFout(**{**f, "bestand": Path(f["bestand"])}) for f in gegevens["fouten"]],
    )


def _vragenlijst(gegevens: dict[str, Any]) -> Vragenlijst:
    onderdelen = tuple(
        Onderdeel(**{**o, "vragen": tuple(_vraag(v) for v in o["vragen"])})
        for o in gegevens["onderdelen"]
    )
    return Vragenlijst(**{**gegevens, "onderdelen": onderdelen})


def _vraag(gegevens: dict[str, Any]) -> Vraag:
    return Vraag(**{
        **gegevens,
        "opties": tuple(Optie(**o) for o in gegevens["opties"]),
        "voorbeeldzinnen": tuple(gegevens["voorbeeldzinnen"]),
        "themas": tuple(gegevens["themas"]),
    })
