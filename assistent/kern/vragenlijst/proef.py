"""Een proef voor `opp-assistent valideer`: elke voorwaarde en elk sjabloon echt uitrekenen.

Het laden kijkt of een tekst een geldig sjabloon is en of de namen erin bestaan. Maar
`'a' * 10**9` is een geldig sjabloon, en `groep ** (10**8)` een geldige voorwaarde. Of zoiets in
de chat vastloopt, zie je pas als je het uitrekent. Dat doet deze proef, met een voorbeeld-
antwoord op elke vraag, in dezelfde begrensde sandbox als de chat (`kern.sandbox`). Wat een
fout geeft of een grens raakt, komt als `LaadFout` in de uitvoer van `valideer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from assistent.kern import jinja
from assistent.kern.bestanden import BestandFout, lees_toml
from assistent.kern.taal import voornaamwoorden
from assistent.kern.vragenlijst.laden import (
    Catalogus,
    LaadFout,
    LaadFouten,
    bronbestanden,
    laad_catalogus,
    laad_voorbeeldzinnen,
    laad_vragenlijst,
)
from assistent.kern.vragenlijst.modellen import Antwoordwaarde, Voorbeeldzin, Vraag, Vragenlijst

VOORBEELD_DOEL = "Voor 1 maart rekent Sem 8 van de 10 keersommen uit de tafel van 6 goed uit."


def voorbeeldantwoord(vraag: Vraag) -> Antwoordwaarde:
    """Een geldig antwoord dat bij de soort past (de standaardwaarde als die er is)."""
    if vraag.standaard is not None:
        standaard: Antwoordwaarde = vraag.standaard
        return standaard
    eerste = vraag.opties[0].waarde if vraag.opties else "voorbeeld"
    if vraag.soort == "keuze":
        return eerste
    if vraag.soort == "meerkeuze":
        return [eerste]
    if vraag.soort == "janee":
        return True
    if vraag.soort == "getal":
        getal = next((g for g in (vraag.minimum, vraag.maximum) if g is not None), 5)
        return int(getal) if vraag.geheel or float(getal).is_integer() else getal
    if vraag.soort == "datum":
        return date(2027, 3, 1)
    if vraag.soort == "doel":
        return VOORBEELD_DOEL
    if vraag.soort == "lijst":
        return [VOORBEELD_DOEL if vraag.item == "doel" else "Een voorbeeld"]
    return "Een voorbeeld"


def _context(antwoorden: Mapping[str, Any]) -> dict[str, Any]:
    basis = {"naam": "Sem", "voornaamwoord": "hij", "groep": 5, **antwoorden}
    return {**basis, **voornaamwoorden(basis)}


def _regel(tekst: str | None, vraag_id: str) -> int | None:
    if tekst is None:
        return None
    m = re.search(rf"^\s*id\s*=\s*[\"']{re.escape(vraag_id)}[\"']", tekst, re.M)
    return tekst.count("\n", 0, m.start()) + 1 if m else None


def _uitleg(fout: Exception) -> str:
    soort = type(fout).__name__
    tekst = str(fout).strip()
    return f"{soort}: {tekst}" if tekst else soort


def proef_vragenlijst(lijst: Vragenlijst, pad: Path, tekst: str | None = None) -> list[LaadFout]:
    """Rekent elke voorwaarde, vraag, uitleg en elk voorstel uit, met de antwoorden ervóór."""
    fouten: list[LaadFout] = []
    antwoorden: dict[str, Any] = {}
    for _, vraag in lijst.vragen():
        context = _context(antwoorden)
        if vraag.toon_als:
            try:
                jinja.expressie(vraag.toon_als)(**context)
            except Exception as fout:  # een school schrijft de voorwaarde: alles kan misgaan
                fouten.append(LaadFout(
                    pad, f"de voorwaarde gaat mis met voorbeeldantwoorden ({_uitleg(fout)})",
                    _regel(tekst, vraag.id), vraag.id, "toon_als"))
        for veld, sjabloon in (("vraag", vraag.vraag), ("uitleg", vraag.uitleg),
                               ("voorstel", vraag.voorstel or "")):
            fout_ = _render(sjabloon, context)
            if fout_ is not None:
                fouten.append(LaadFout(
                    pad, f"de tekst gaat mis met voorbeeldantwoorden ({fout_})",
                    _regel(tekst, vraag.id), vraag.id, veld))
        antwoorden[vraag.id] = voorbeeldantwoord(vraag)
    return fouten


def proef_zinnen(
    zinnen: Iterable[Voorbeeldzin], pad_van: Mapping[str, Path], antwoorden: Mapping[str, Any]
) -> list[LaadFout]:
    context = _context(antwoorden)
    fouten = []
    for zin in zinnen:
        fout = _render(zin.tekst, context)
        if fout is not None:
            fouten.append(LaadFout(pad_van.get(zin.id, Path("?")),
                                   f"zin '{zin.id}' gaat mis met voorbeeldantwoorden ({fout})",
                                   None, None, "tekst"))
    return fouten


def _render(sjabloon: str, context: Mapping[str, Any]) -> str | None:
    if "{" not in sjabloon:
        return None
    try:
        jinja.sjabloon(sjabloon).render(**context)
    except Exception as fout:  # net als in de chat: een fout in een eigen sjabloon
        return _uitleg(fout)
    return None


def proef_catalogus(catalogus: Catalogus, eigen_basis: Path | None = None) -> list[LaadFout]:
    """De proef over alles wat geladen is (`valideer` zonder paden)."""
    fouten: list[LaadFout] = []
    antwoorden: dict[str, Any] = {}
    for lijst_id, lijst in catalogus.vragenlijsten.items():
        pad = catalogus.bestanden.get(lijst_id, Path(lijst_id))
        fouten += proef_vragenlijst(lijst, pad, _tekst(pad))
        antwoorden.update({v.id: voorbeeldantwoord(v) for _, v in lijst.vragen()})
    # De catalogus onthoudt niet uit welk bestand elke zin kwam; voor de melding zoeken we dat op.
    herkomst: dict[str, Path] = {}
    for pad in bronbestanden(eigen_basis):
        try:
            ruw = lees_toml(pad)[0]
        except BestandFout:
            continue
        for zin in ruw.get("zin", []) if isinstance(ruw.get("zin"), list) else []:
            if isinstance(zin, dict) and isinstance(zin.get("id"), str):
                herkomst[zin["id"]] = pad
    return fouten + proef_zinnen(catalogus.voorbeeldzinnen.values(), herkomst, antwoorden)


def proef_bestanden(paden: Sequence[Path]) -> list[LaadFout]:
    """De proef over losse bestanden; wat niet te laden is, meldt `valideer_bestanden` al."""
    bestanden = [p for pad in paden
                 for p in (sorted(pad.glob("*.toml")) if pad.is_dir() else [pad])]
    gelezen: list[tuple[Path, dict[str, Any], str]] = []
    for pad in bestanden:
        try:
            gelezen.append((pad, *lees_toml(pad)))
        except BestandFout:
            continue
    zinnen: dict[str, Voorbeeldzin] = dict(laad_catalogus(None).voorbeeldzinnen)
    herkomst: dict[str, Path] = {}
    eigen: list[Voorbeeldzin] = []
    for pad, ruw, _ in gelezen:
        if "zin" in ruw:
            try:
                for zin in laad_voorbeeldzinnen(pad):
                    zinnen[zin.id] = zin
                    herkomst[zin.id] = pad
                    eigen.append(zin)
            except LaadFouten:
                continue
    fouten: list[LaadFout] = []
    antwoorden: dict[str, Any] = {}
    for pad, ruw, tekst in gelezen:
        if "zin" not in ruw:
            try:
                lijst = laad_vragenlijst(pad, zinnen)
            except LaadFouten:
                continue
            fouten += proef_vragenlijst(lijst, pad, tekst)
            antwoorden.update({v.id: voorbeeldantwoord(v) for _, v in lijst.vragen()})
    return fouten + proef_zinnen(eigen, herkomst, antwoorden)


def _tekst(pad: Path) -> str | None:
    try:
        return lees_toml(pad)[1]
    except BestandFout:
        return None
