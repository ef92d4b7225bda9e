"""De volgorde van een gesprek over meer vragenlijsten: één gesprek, geen stapel lijsten.

Een thema breidt de kern uit, in drie vormen die de vragenlijst zelf aangeeft:

- een onderdeel met `voor = "rol"` of `na = "rol"` komt midden in de kern te staan, vlak vóór
  de eerste of vlak na de laatste vraag met die rol (de nulmeting van gedrag vóór de doelen);
- een vraag met `neemt_over = true` vervangt de vraag met dezelfde betekenis (dezelfde rol, of
  bij een factorvraag dezelfde sectie en hetzelfde domein) uit de vragenlijsten die eerder in de
  sessie staan: de doelbouwer van een thema wordt zo de manier om doelen te geven, naast geen
  tweede doellijst;
- een onderdeel zonder plaats komt achteraan, zoals altijd.

Daarna geldt: een vraag-id is één feit en een unieke rol wordt één keer gevraagd. De eerste
vraag in het gesprek telt; het id van een weggelaten vraag wijst in voorwaarden en teksten naar
het antwoord van de vraag die hem vervangt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistent.kern.vragenlijst.modellen import Onderdeel, Vraag, Vragenlijst
from assistent.kern.vragenlijst.rollen import betekenis, is_uniek


@dataclass(frozen=True)
class Stap:
    """Eén vraag op zijn plek in het gesprek."""

    vragenlijst: Vragenlijst
    onderdeel: Onderdeel
    vraag: Vraag
    # Bij een vraag per doel (`herhaal = "doelen"`): het nummer van het doel in het OPP.
    doelnummer: int | None = None


def _betekenis(vraag: Vraag) -> tuple[str, ...] | None:
    return betekenis(vraag.rol, vraag.sectie, vraag.domein)


def _plaats(volgorde: list[tuple[int, Stap]], nummer: int, onderdeel: Onderdeel) -> int | None:
    """Waar een onderdeel met een plaats komt: vóór de eerste of na de laatste vraag met de rol
    in een eerdere vragenlijst, en na wat dezelfde vragenlijst daar al neerzette. None als die
    rol er niet is: dan komt het onderdeel achteraan."""
    rol = onderdeel.voor or onderdeel.na
    if rol is None:
        return None
    # Het anker is de vraag van de kern zelf, niet een vraag die een eerder thema ervoor in de
    # plaats zette: zo komen twee thema's met dezelfde plaats in de volgorde van de sessie.
    posities = [i for i, (n, stap) in enumerate(volgorde)
                if n < nummer and stap.vraag.rol == rol and not stap.vraag.neemt_over]
    if not posities:
        return None
    if onderdeel.voor is not None:
        return posities[0]
    positie = posities[-1] + 1
    while positie < len(volgorde) and volgorde[positie][0] == nummer:
        positie += 1
    return positie


def _doelwit(volgorde: list[tuple[int, Stap]], nummer: int, vraag: Vraag) -> int | None:
    """Waar een overnemende vraag uit een onderdeel zonder plaats komt: op de plek van de vraag
    die hij overneemt (de kenmerken van mbhb op de plek van de sterke kanten van de kern)."""
    sleutel = _betekenis(vraag)
    if not vraag.neemt_over or sleutel is None:
        return None
    return next((i for i, (n, stap) in enumerate(volgorde)
                 if n < nummer and not stap.vraag.neemt_over and _betekenis(stap.vraag) == sleutel),
                None)


def _in_volgorde(vragenlijsten: Sequence[Vragenlijst]) -> list[tuple[int, Stap]]:
    """Alle vragen met het nummer van hun vragenlijst, onderdelen met een plaats ertussen."""
    volgorde: list[tuple[int, Stap]] = []
    for nummer, lijst in enumerate(vragenlijsten):
        for onderdeel in lijst.onderdelen:
            stappen = [(nummer, Stap(lijst, onderdeel, v)) for v in onderdeel.vragen]
            positie = _plaats(volgorde, nummer, onderdeel)
            if positie is not None:
                volgorde[positie:positie] = stappen
                continue
            for stap in stappen:
                doelwit = _doelwit(volgorde, nummer, stap[1].vraag)
                if doelwit is None:
                    volgorde.append(stap)
                else:
                    volgorde.insert(doelwit, stap)
    return volgorde


def stappen_van(vragenlijsten: Sequence[Vragenlijst]) -> tuple[list[Stap], dict[str, list[str]]]:
    """De vragen van een sessie in gespreksvolgorde, en per gestelde vraag de ids die hij
    vervangt (een overgenomen vraag, hetzelfde id, dezelfde unieke rol)."""
    volgorde = _in_volgorde(vragenlijsten)
    # Wat een thema overneemt, uit de vragenlijsten die eerder in de sessie staan.
    overnemers: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for nummer, stap in volgorde:
        sleutel = _betekenis(stap.vraag)
        if stap.vraag.neemt_over and sleutel is not None:
            overnemers.setdefault(sleutel, []).append((nummer, stap.vraag.id))

    def vervanger(nummer: int, vraag: Vraag) -> str | None:
        sleutel = _betekenis(vraag)
        if vraag.neemt_over or sleutel is None:
            return None
        return next((i for n, i in overnemers.get(sleutel, []) if n > nummer), None)

    stappen: list[Stap] = []
    zelfde: dict[str, list[str]] = {}
    per_id: dict[str, str] = {}
    per_rol: dict[str, str] = {}
    for nummer, stap in volgorde:
        vraag = stap.vraag
        if vraag.id in per_id:
            continue
        door = vervanger(nummer, vraag)
        rol = vraag.rol if is_uniek(vraag.rol) else None
        if door is None and rol is not None and rol in per_rol:
            door = per_rol[rol]
        if door is not None:
            per_id[vraag.id] = door
            zelfde.setdefault(door, []).append(vraag.id)
            continue
        per_id[vraag.id] = vraag.id
        if rol is not None:
            per_rol[rol] = vraag.id
        stappen.append(stap)
    # Een vervangen vraag die zelf al iets verving: alles wijst naar de vraag die gesteld wordt.
    for door, ids in list(zelfde.items()):
        if per_id.get(door, door) != door:
            zelfde.setdefault(per_id[door], []).extend(ids)
    return stappen, zelfde
