"""Sessies als TOML-bestanden: atomair geschreven, privé, met een vorige versie als `.bak`.

Na elk antwoord wordt opgeslagen: eerst naar een tijdelijk bestand in dezelfde map, fsync,
dan `os.replace`. Een bestand dat niet te lezen is wordt nooit overschreven. Schrijven gebeurt
onder een slot (`.<naam>.lock`); is het bestand veranderd sinds het gelezen werd (een tweede
venster, `invullen`), dan wordt per antwoord samengevoegd (`samenvoegen.py`) en bij een echt
conflict de andere versie als conflictkopie bewaard. Een snelkoppeling (symlink) naar een
sessiebestand blijft een snelkoppeling: er wordt naar het doel geschreven.
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from assistent.kern import locaties
from assistent.kern.bestanden import (
    BestandFout,
    als_tekst,
    lees_bytes,
    maak_map,
    oorzaak,
    ruim_tijdelijk_op,
    schrijf_atomair,
    toml_uit_tekst,
)
from assistent.kern.sessie.model import FORMAAT, Sessie
from assistent.kern.sessie.samenvoegen import voeg_samen
from assistent.kern.sessie.velden import VeldFout, sessie_uit
from assistent.kern.slot import slot


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


@dataclass(frozen=True)
class Bewaard:
    """Wat er bij het opslaan gebeurde. Meestal niets bijzonders; na een tweede schrijver staat
    hier wat er is overgenomen, wat botste, en waar de andere versie nu staat."""

    pad: Path
    overgenomen: tuple[str, ...] = ()
    conflicten: tuple[str, ...] = ()
    kopie: Path | None = None

    @property
    def melding(self) -> str | None:
        """Voor de gebruiker, zonder antwoorden erin (alleen vraag-id's); None als er niets was."""
        if not self.overgenomen and not self.conflicten:
            return None
        delen = ["Deze sessie was intussen ook ergens anders gewijzigd (een ander venster of "
                 "een script)."]
        if self.overgenomen:
            delen.append(f"Overgenomen van daar: {', '.join(self.overgenomen)}.")
        if self.conflicten:
            delen.append(
                f"Aan beide kanten anders ingevuld: {', '.join(self.conflicten)}. Hier staat nu "
                f"jouw versie; de andere is bewaard in {self.kopie}."
            )
        return " ".join(delen)


def _zonder_none(waarde: Any) -> Any:
    """TOML kent geen null: lege waarden laten we weg."""
    if isinstance(waarde, dict):
        return {str(k): _zonder_none(v) for k, v in waarde.items() if v is not None}
    if isinstance(waarde, list | tuple):
        return [_zonder_none(v) for v in waarde if v is not None]
    return waarde


def naar_toml(sessie: Sessie) -> str:
    gegevens = _zonder_none({k: v for k, v in asdict(sessie).items() if k != "op_schijf"})
    kop = (
        "# Sessiebestand van de OPP-assistent. Bevat persoonsgegevens van een kind:\n"
        "# bewaar het zorgvuldig. Het formaat staat in docs/sessiebestand.md.\n"
    )
    return kop + tomli_w.dumps(gegevens)


def lees_tekst(pad: Path, tekst: str) -> Sessie:
    try:
        ruw = toml_uit_tekst(tekst)
    except BestandFout as fout:
        raise SessieFout(pad, fout.bericht, fout.regel) from None
    formaat = ruw.get("formaat")
    if formaat is not None and type(formaat) is not int:
        raise SessieFout(pad, "veld 'formaat' klopt niet (moet het getal 1 of 2 zijn)")
    if formaat not in (None, 1, FORMAAT):
        raise SessieFout(pad, f"onbekend formaat {formaat}; deze versie kent formaat 1 en 2")
    if formaat != FORMAAT:
        # Formaat 1 (van voor de metingen en versies) kent die velden niet; in het geheugen
        # wordt het formaat 2. Het bestand zelf blijft staan tot er bewaard wordt, en dan
        # blijft het oude bestand als `.bak` bewaard.
        verboden = sorted({"metingen", "versies", "versie_datum", "wijziging", "reden"} & set(ruw))
        if verboden:
            raise SessieFout(pad, f"veld '{verboden[0]}' hoort pas bij formaat 2")
        ruw = {**ruw, "formaat": FORMAAT}
    try:
        return sessie_uit(ruw)
    except VeldFout as fout:
        raise SessieFout(pad, f"veld '{fout.veld}' klopt niet ({fout.uitleg})") from None


def _sleutel(pad: Path) -> Path:
    """Eén naam per bestand, hoe het ook genoemd wordt (relatief, via een snelkoppeling)."""
    return Path(os.path.realpath(pad))


def _doel(pad: Path) -> Path:
    """Het bestand waarin de sessie echt staat: bij een snelkoppeling het doel ervan."""
    if not os.path.islink(pad):
        return pad
    doel = _sleutel(pad)
    if not os.path.exists(doel):
        raise SessieFout(pad, "dit is een snelkoppeling naar een bestand dat niet bestaat")
    if not os.path.isfile(doel):
        raise SessieFout(pad, "dit is een snelkoppeling naar iets dat geen gewoon bestand is")
    return doel


def lees(pad: Path) -> Sessie:
    try:
        inhoud = lees_bytes(pad)
        tekst = als_tekst(inhoud)
    except BestandFout as fout:
        bericht = "dit sessiebestand bestaat niet" if fout.bericht == "dit bestand bestaat niet" \
            else fout.bericht
        raise SessieFout(pad, bericht, fout.regel) from None
    sessie = lees_tekst(pad, tekst)
    sessie.op_schijf = (_sleutel(pad), inhoud)
    return sessie


def bewaar(sessie: Sessie, pad: Path) -> Bewaard:
    """Schrijft de sessie; de vorige versie gaat naar `.bak`. Weigert een onleesbaar bestand.

    Heeft een ander het bestand veranderd sinds deze sessie het las, dan wordt eerst
    samengevoegd (de sessie in het geheugen krijgt de antwoorden van de ander erbij).
    """
    doel = _doel(pad)
    try:
        maak_map(doel.parent)
    except OSError as fout:
        raise SessieFout(pad, f"kan de map niet maken ({oorzaak(fout)})") from None
    try:
        with slot(doel):
            return _bewaar_onder_slot(sessie, pad, doel)
    except OSError as fout:
        raise SessieFout(pad, f"opslaan lukte niet ({oorzaak(fout)})") from None


def _bewaar_onder_slot(sessie: Sessie, pad: Path, doel: Path) -> Bewaard:
    oud = _bestaand(pad, doel)
    sleutel = _sleutel(doel)
    uitkomst = Bewaard(pad)
    basis = sessie.op_schijf
    if oud is not None and basis is not None and basis[0] == sleutel and basis[1] != oud:
        samen = voeg_samen(lees_tekst(pad, basis[1].decode("utf-8")), sessie,
                           lees_tekst(pad, oud.decode("utf-8")))
        kopie = _conflictkopie(doel, oud) if samen.conflicten else None
        uitkomst = Bewaard(pad, tuple(samen.overgenomen), tuple(samen.conflicten), kopie)
    inhoud = naar_toml(sessie).encode("utf-8")
    if oud is not None:
        schrijf_atomair(doel.with_name(doel.name + ".bak"), oud)
    schrijf_atomair(doel, inhoud)
    sessie.op_schijf = (sleutel, inhoud)
    return uitkomst


def _bestaand(pad: Path, doel: Path) -> bytes | None:
    """Wat er nu staat (None: nog niets); weigert als dat geen leesbare sessie is."""
    if not os.path.lexists(doel):
        return None
    try:
        oud = lees_bytes(doel)
        lees_tekst(pad, als_tekst(oud))
    except (SessieFout, BestandFout):
        raise SessieFout(
            pad,
            "het bestaande bestand is niet te lezen; ik overschrijf het niet. "
            "Herstel het of kies een andere naam.",
        ) from None
    return oud


def _conflictkopie(doel: Path, inhoud: bytes) -> Path:
    """De andere versie naast het bestand, als eigen sessie zichtbaar in `sessies`."""
    stempel = f"{datetime.now():%Y%m%d-%H%M%S}"
    kopie = doel.with_name(f"{doel.stem}.conflict-{stempel}.toml")
    teller = 1
    while os.path.lexists(kopie):
        teller += 1
        kopie = doel.with_name(f"{doel.stem}.conflict-{stempel}-{teller}.toml")
    schrijf_atomair(kopie, inhoud)
    return kopie


def _slug(naam: str) -> str:
    plat = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plat.lower()).strip("-")
    return slug[:30] or "leerling"


def nieuwe_sessie(
    naam: str, vragenlijsten: list[str], antwoorden: Mapping[str, Any] | None = None,
) -> Sessie:
    """Een nieuwe, nog niet opgeslagen sessie; `naam` geeft alleen het id (de bestandsnaam).

    De opslag kent geen vragen: `antwoorden` staan al per vraag-id. Wie de naam als antwoord
    wil bewaren, zoekt eerst op welke vraag de rol `naam` heeft (zie `Werkruimte.nieuw`).
    """
    nu = datetime.now().replace(microsecond=0)
    sessie_id = f"{_slug(naam)}-{nu:%Y%m%d}-{secrets.token_hex(2)}"
    return Sessie(
        id=sessie_id, vragenlijsten=vragenlijsten, aangemaakt=nu, bijgewerkt=nu,
        antwoorden=dict(antwoorden or {}),
    )


def nieuw_pad(map_: Path, sessie: Sessie) -> Path:
    """Het pad voor een nieuwe sessie; bestaat het al (zelfde naam en dag), dan een ander."""
    pad = map_ / f"{sessie.id}.toml"
    while os.path.lexists(pad):
        sessie.id = f"{sessie.id.rsplit('-', 1)[0]}-{secrets.token_hex(2)}"
        pad = map_ / f"{sessie.id}.toml"
    return pad


def nieuw(
    map_: Path,
    naam: str,
    vragenlijsten: list[str],
    antwoorden: Mapping[str, Any] | None = None,
) -> tuple[Sessie, Path]:
    """Maakt een nieuwe sessie en bewaart die meteen (zie `nieuwe_sessie`)."""
    sessie = nieuwe_sessie(naam, vragenlijsten, antwoorden)
    try:
        maak_map(map_)
    except OSError as fout:
        raise SessieFout(map_, f"kan de map niet maken ({oorzaak(fout)})") from None
    pad = nieuw_pad(map_, sessie)
    bewaar(sessie, pad)
    return sessie, pad


def ruim_op(map_: Path) -> None:
    """Tijdelijke bestanden van een afgebroken schrijfactie weg (ze bevatten gegevens van een
    kind): in de sessiemap (daar schrijft alles onder een slot), de exportmap en de cache."""
    ruim_tijdelijk_op(map_, onder_slot=True)
    for andere in (locaties.exportmap(map_), locaties.cachemap(map_)):
        ruim_tijdelijk_op(andere)


def lijst(map_: Path) -> list[SessieInfo]:
    """Alle sessies in de map, nieuwste eerst; onleesbare bestanden met hun fout."""
    if not os.path.isdir(map_):
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

