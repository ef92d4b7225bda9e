"""Sessies als TOML-bestanden: atomair geschreven, privé, met een vorige versie als `.bak`.

Na elk antwoord wordt opgeslagen: eerst naar een tijdelijk bestand in dezelfde map, fsync,
dan `os.replace`. Een bestand dat niet te lezen is wordt nooit overschreven.
"""

from __future__ import annotations

import re
import secrets
import tomllib
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import tomli_w

from assistent.kern import locaties
from assistent.kern.bestanden import maak_map, schrijf_atomair, toml_fout
from assistent.kern.sessie.model import Sessie


class SessieFout(ValueError):
    """Een sessiebestand dat niet te lezen of niet te schrijven is; de tekst is voor mensen."""

    def __init__(self, pad: Path, bericht: str, regel: int | None = None) -> None:
        self.pad = pad
        self.regel = regel
        plek = f"{pad}, regel {regel}" if regel else str(pad)
        super().__init__(f"{plek}: {bericht}")


@dataclass(frozen=True)
class SessieInfo:
    pad: Path
    sessie: Sessie | None
    fout: str | None = None


def _zonder_none(waarde: Any) -> Any:
    """TOML kent geen null: lege waarden laten we weg."""
    if isinstance(waarde, dict):
        return {str(k): _zonder_none(v) for k, v in waarde.items() if v is not None}
    if isinstance(waarde, list | tuple):
        return [_zonder_none(v) for v in waarde if v is not None]
    return waarde


def naar_toml(sessie: Sessie) -> str:
    gegevens = _zonder_none(asdict(sessie))
    kop = (
        "# Sessiebestand van de OPP-assistent. Bevat persoonsgegevens van een kind:\n"
        "# bewaar het zorgvuldig. Het formaat staat in docs/sessiebestand.md.\n"
    )
    return kop + tomli_w.dumps(gegevens)


def lees_tekst(pad: Path, tekst: str) -> Sessie:
    try:
        ruw = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        bericht, regel = toml_fout(fout, tekst)
        raise SessieFout(pad, bericht, regel) from None
    if ruw.get("formaat") not in (None, 1):
        formaat = ruw.get("formaat")
        raise SessieFout(pad, f"onbekend formaat {formaat!r}; deze versie kent formaat 1")
    try:
        return sessie_uit(ruw)
    except _VeldFout as fout:
        raise SessieFout(pad, f"veld '{fout.veld}' klopt niet ({fout.uitleg})") from None


class _VeldFout(ValueError):
    def __init__(self, veld: str, uitleg: str) -> None:
        super().__init__(f"{veld}: {uitleg}")
        self.veld = veld
        self.uitleg = uitleg


_VELDEN = {"formaat", "id", "vragenlijsten", "aangemaakt", "bijgewerkt", "antwoorden",
           "overgeslagen", "aanvaard", "notities"}


def _tijdstip(ruw: dict[str, Any], veld: str) -> datetime:
    waarde = ruw.get(veld)
    if waarde is None:
        raise _VeldFout(veld, "ontbreekt")
    if isinstance(waarde, str):
        try:
            waarde = datetime.fromisoformat(waarde)
        except ValueError:
            raise _VeldFout(veld, "geen datum met tijd, zoals 2026-11-28 09:15:00") from None
    if not isinstance(waarde, datetime):
        raise _VeldFout(veld, "moet een datum met tijd zijn, zoals 2026-11-28 09:15:00")
    return waarde


def _teksten(ruw: dict[str, Any], veld: str, *, niet_leeg: bool = False) -> list[str]:
    waarde = ruw.get(veld, [])
    if not isinstance(waarde, list) or not all(isinstance(w, str) for w in waarde):
        raise _VeldFout(veld, 'moet een lijst met teksten zijn, zoals ["opp"]')
    if niet_leeg and not waarde:
        raise _VeldFout(veld, "ontbreekt of is leeg")
    return list(waarde)


def _tabel(ruw: dict[str, Any], veld: str) -> dict[str, Any]:
    waarde = ruw.get(veld, {})
    if not isinstance(waarde, dict):
        raise _VeldFout(veld, f"moet een tabel zijn: [{veld}]")
    return waarde


def _antwoord(vraag_id: str, waarde: Any) -> Any:
    """Alleen de vormen die een antwoord kan hebben; of het bij de vraag past, ziet de motor."""
    if isinstance(waarde, list):
        if not all(isinstance(w, str) for w in waarde):
            raise _VeldFout(f"antwoorden.{vraag_id}", "een lijst mag alleen teksten bevatten")
        return list(waarde)
    if isinstance(waarde, datetime):
        return waarde.date()
    if isinstance(waarde, str | int | float | bool | date):
        return waarde
    raise _VeldFout(f"antwoorden.{vraag_id}", "geen tekst, getal, ja/nee, datum of lijst")


def sessie_uit(ruw: dict[str, Any]) -> Sessie:
    """Een sessie uit de gegevens van een sessiebestand, met elk veld gecontroleerd.

    Het formaat heeft `lees_tekst` dan al bekeken (met een eigen melding).

    Met de hand en niet met pydantic: de chat opent een sessie bij de start, en dat moet snel.
    """
    onbekend = sorted(set(ruw) - _VELDEN)
    if onbekend:
        raise _VeldFout(onbekend[0], "is geen bekend veld")
    sessie_id = ruw.get("id")
    if not isinstance(sessie_id, str) or not sessie_id.strip():
        raise _VeldFout("id", "moet een tekst zijn en mag niet leeg zijn")
    aanvaard = _tabel(ruw, "aanvaard")
    for vraag_id, reden in aanvaard.items():
        if not isinstance(reden, str):
            raise _VeldFout(f"aanvaard.{vraag_id}", "de reden moet een tekst zijn")
    return Sessie(
        id=sessie_id,
        vragenlijsten=_teksten(ruw, "vragenlijsten", niet_leeg=True),
        aangemaakt=_tijdstip(ruw, "aangemaakt"),
        bijgewerkt=_tijdstip(ruw, "bijgewerkt"),
        antwoorden={k: _antwoord(k, v) for k, v in _tabel(ruw, "antwoorden").items()},
        overgeslagen=_teksten(ruw, "overgeslagen"),
        aanvaard=dict(aanvaard),
        notities=dict(_tabel(ruw, "notities")),
    )


def lees(pad: Path) -> Sessie:
    try:
        tekst = pad.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SessieFout(pad, "dit sessiebestand bestaat niet") from None
    except UnicodeDecodeError:
        raise SessieFout(pad, "dit is geen tekstbestand (geen UTF-8)") from None
    except OSError as fout:
        raise SessieFout(pad, f"kan het bestand niet lezen ({fout.strerror})") from None
    return lees_tekst(pad, tekst)


def bewaar(sessie: Sessie, pad: Path) -> None:
    """Schrijft de sessie; de vorige versie gaat naar `.bak`. Weigert een onleesbaar bestand."""
    try:
        maak_map(pad.parent)
    except OSError as fout:
        raise SessieFout(pad, f"kan de map niet maken ({fout.strerror})") from None
    oud: bytes | None
    if pad.exists():
        try:
            oud = pad.read_bytes()
            lees_tekst(pad, oud.decode("utf-8"))
        except (SessieFout, UnicodeDecodeError, OSError):
            raise SessieFout(
                pad,
                "het bestaande bestand is niet te lezen; ik overschrijf het niet. "
                "Herstel het of kies een andere naam.",
            ) from None
    else:
        oud = None
    try:
        if oud is not None:
            schrijf_atomair(pad.with_name(pad.name + ".bak"), oud)
        schrijf_atomair(pad, naar_toml(sessie).encode("utf-8"))
    except OSError as fout:
        raise SessieFout(pad, f"opslaan lukte niet ({fout.strerror})") from None


def _slug(naam: str) -> str:
    plat = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plat.lower()).strip("-")
    return slug[:30] or "leerling"


def nieuwe_sessie(naam: str, vragenlijsten: list[str], groep: int | None = None) -> Sessie:
    """Een nieuwe sessie met naam (en groep) al ingevuld; nog niet opgeslagen."""
    nu = datetime.now().replace(microsecond=0)
    sessie_id = f"{_slug(naam)}-{nu:%Y%m%d}-{secrets.token_hex(2)}"
    antwoorden: dict[str, Any] = {"naam": naam.strip()}
    if groep is not None:
        antwoorden["groep"] = groep
    return Sessie(
        id=sessie_id, vragenlijsten=vragenlijsten, aangemaakt=nu, bijgewerkt=nu,
        antwoorden=antwoorden,
    )


def nieuw_pad(map_: Path, sessie: Sessie) -> Path:
    """Het pad voor een nieuwe sessie; bestaat het al (zelfde naam en dag), dan een ander."""
    pad = map_ / f"{sessie.id}.toml"
    while pad.exists():
        sessie.id = f"{sessie.id.rsplit('-', 1)[0]}-{secrets.token_hex(2)}"
        pad = map_ / f"{sessie.id}.toml"
    return pad


def nieuw(
    map_: Path,
    naam: str,
    vragenlijsten: list[str],
    groep: int | None = None,
) -> tuple[Sessie, Path]:
    """Maakt een nieuwe sessie en bewaart die meteen."""
    sessie = nieuwe_sessie(naam, vragenlijsten, groep)
    pad = nieuw_pad(maak_map(map_), sessie)
    bewaar(sessie, pad)
    return sessie, pad


def lijst(map_: Path) -> list[SessieInfo]:
    """Alle sessies in de map, nieuwste eerst; onleesbare bestanden met hun fout."""
    if not map_.is_dir():
        return []
    infos: list[SessieInfo] = []
    for pad in sorted(map_.glob("*.toml")):
        if pad == locaties.eigen_doelwoorden(map_):  # geen sessie: de woorden van de school
            continue
        try:
            infos.append(SessieInfo(pad, lees(pad)))
        except SessieFout as fout:
            infos.append(SessieInfo(pad, None, str(fout)))
    oud = datetime.min

    def sleutel(info: SessieInfo) -> datetime:
        return info.sessie.bijgewerkt if info.sessie else oud

    return sorted(infos, key=sleutel, reverse=True)

