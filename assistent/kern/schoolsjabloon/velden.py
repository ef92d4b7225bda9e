"""Het veldmodel van een schoolsjabloon: vaste Nederlandse namen, gebouwd uit het `OppConcept`.

Niet uit de ruwe antwoorden: de tekst in het sjabloon is dezelfde als in ons eigen document.
Een veld zonder antwoord is de zichtbare open plek die onze documenten ook tonen
(`[nog invullen: …]`). De namen zijn stabiel: een school bouwt er haar format op.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistent.kern.concept.model import Alinea, Gegevens, OppConcept, Sectie, Tabel, nog_invullen
from assistent.kern.vragenlijst.rollen import DOMEINEN
from assistent.kern.vragenlijst.waarden import datumtekst


@dataclass(frozen=True)
class Leerling:
    naam: str
    groep: str
    voornaamwoord: str


@dataclass(frozen=True)
class School:
    naam: str
    schooljaar: str
    bestuur: str
    samenwerkingsverband: str


@dataclass(frozen=True)
class Betrokkenen:
    leerkracht: str
    intern_begeleider: str
    directeur: str
    ouders: str
    gezag: str


@dataclass(frozen=True)
class Domein:
    bevorderend: str
    belemmerend: str


@dataclass(frozen=True)
class Factoren:
    kind: Domein
    onderwijs: Domein
    thuis: Domein
    overig: Domein


@dataclass(frozen=True)
class Uitstroom:
    perspectief: str
    onderbouwing: str


@dataclass(frozen=True)
class Meting:
    datum: str
    uitkomst: str


@dataclass(frozen=True)
class Doel:
    nummer: int
    tekst: str
    criterium: str
    termijn: str
    meting: str
    wie: str
    metingen: tuple[Meting, ...] = ()


@dataclass(frozen=True)
class Afspraken:
    ouders: str
    leerling: str


@dataclass(frozen=True)
class StemKind:
    gehoord_op: str
    gehoord_door: str
    hoe: str
    tekst: str


@dataclass(frozen=True)
class Overleg:
    datum: str
    aanwezig: str
    tekst: str


@dataclass(frozen=True)
class Instemming:
    tekst: str


@dataclass(frozen=True)
class Data:
    start: str
    vaststelling: str
    evaluatie: str
    einddatum: str


@dataclass(frozen=True)
class Tekenregel:
    rol: str
    naam: str
    keuzes: str


@dataclass(frozen=True)
class Tekenblok:
    titel: str
    uitleg: str
    regels: tuple[Tekenregel, ...]


@dataclass(frozen=True)
class Ondertekening:
    titel: str
    blokken: tuple[Tekenblok, ...]
    opmerkingen: str


@dataclass(frozen=True)
class Velden:
    """Alles wat een schoolsjabloon kan gebruiken; docs/sjablonen.md noemt elk veld."""

    titel: str
    datum: str
    leerling: Leerling
    school: School
    betrokkenen: Betrokkenen
    factoren: Factoren
    uitstroomperspectief: Uitstroom
    doelen: tuple[Doel, ...]
    aanpak: str
    afspraken: Afspraken
    afwijkingen: str
    stem_kind: StemKind
    overleg: Overleg
    instemming: Instemming
    data: Data
    ondertekening: Ondertekening
    privacy: str = field(default="")


def _tekst(blokken: tuple[object, ...] | list[object]) -> str:
    """Alinea's als lopende tekst: een kop met dubbele punt, punten op een eigen regel."""
    regels: list[str] = []
    for blok in blokken:
        if not isinstance(blok, Alinea):
            continue
        delen = [blok.tekst] if blok.tekst else []
        delen += [f"• {p}" for p in blok.punten]
        if not delen:
            continue
        if blok.kop:
            regels.append(f"{blok.kop}: {delen[0]}" if len(delen) == 1 else
                          "\n".join([f"{blok.kop}:", *delen]))
        else:
            regels.append("\n".join(delen))
    return "\n".join(regels)


def _sectietekst(concept: OppConcept, sleutel: str, open_: str) -> str:
    sectie = concept.sectie(sleutel)
    tekst = _tekst(list(sectie.blokken)) if sectie else ""
    return tekst or nog_invullen(open_)


def _gegevens(sectie: Sectie | None) -> dict[str, str]:
    uit: dict[str, str] = {}
    for blok in sectie.blokken if sectie else ():
        if isinstance(blok, Gegevens):
            uit.update(blok.regels)
    return uit


def _datum(concept: OppConcept, rol: str, open_: str) -> str:
    waarde = concept.feiten.rol(rol)
    return datumtekst(waarde) if isinstance(waarde, date) else nog_invullen(open_)


def _factoren(concept: OppConcept) -> Factoren:
    sectie = concept.sectie("factoren")
    rijen = {rij[0]: rij for t in (sectie.tabellen if sectie else ()) for rij in t.rijen}

    def domein(sleutel: str) -> Domein:
        rij = rijen.get(DOMEINEN[sleutel])
        if rij is None or len(rij) < 3:
            return Domein(nog_invullen(f"bevorderende factoren {sleutel}"),
                          nog_invullen(f"belemmerende factoren {sleutel}"))
        return Domein(rij[1] or nog_invullen(f"bevorderende factoren {sleutel}"),
                      rij[2] or nog_invullen(f"belemmerende factoren {sleutel}"))

    return Factoren(domein("kind"), domein("onderwijs"), domein("thuis"), domein("overig"))


def _doelen(concept: OppConcept) -> tuple[Doel, ...]:
    sectie = concept.sectie("doelen")
    if sectie is None:
        return ()
    wie = next((a.tekst for a in sectie.alineas if a.kop == "Wie voert het uit"), "")
    tabel = next((t for t in sectie.tabellen if t.sleutel == "doelen"), None)
    uit: list[Doel] = []
    for nummer, rij in enumerate(tabel.rijen if isinstance(tabel, Tabel) else (), 1):
        _, tekst, criterium, termijn, meting = (list(rij) + [""] * 5)[:5]
        uit.append(Doel(nummer, tekst, criterium or nog_invullen("criterium"),
                        termijn or nog_invullen("termijn"), meting or nog_invullen("meting"),
                        wie or nog_invullen("wie de aanpak uitvoert")))
    return tuple(uit)


def _ondertekening(concept: OppConcept) -> Ondertekening:
    o = concept.ondertekening
    if o is None:
        return Ondertekening("Ondertekening", (), "Opmerkingen of bezwaren")
    return Ondertekening(o.titel, tuple(
        Tekenblok(b.titel, b.uitleg, tuple(
            Tekenregel(r.rol, r.naam, "  ".join(f"☐ {k}" for k in r.keuzes)) for r in b.regels))
        for b in o.blokken), o.opmerkingen)


def bouw_velden(concept: OppConcept) -> Velden:
    """Het veldmodel van een concept-OPP (ook van de notitie bij het advies basisaanpak)."""
    leerling = _gegevens(concept.sectie("leerling"))
    stem = _gegevens(concept.sectie("stem_kind"))
    overleg = _gegevens(concept.sectie("overleg"))
    stemsectie = concept.sectie("stem_kind")
    overlegsectie = concept.sectie("overleg")
    voornaamwoord = concept.feiten.rol("voornaamwoord")

    def gegeven(bron: dict[str, str], label: str, open_: str) -> str:
        return bron.get(label) or nog_invullen(open_)

    return Velden(
        titel=concept.titel,
        datum=datumtekst(concept.vandaag),
        leerling=Leerling(gegeven(leerling, "Leerling", "naam"),
                          gegeven(leerling, "Groep", "groep"),
                          str(voornaamwoord) if voornaamwoord else nog_invullen("voornaamwoord")),
        school=School(gegeven(leerling, "School", "school"),
                      gegeven(leerling, "Schooljaar", "schooljaar"),
                      gegeven(leerling, "Bestuur", "bestuur"),
                      gegeven(leerling, "Samenwerkingsverband", "samenwerkingsverband")),
        betrokkenen=Betrokkenen(gegeven(leerling, "Leerkracht", "leerkracht"),
                                gegeven(leerling, "Intern begeleider", "intern begeleider"),
                                gegeven(leerling, "Directeur", "directeur"),
                                gegeven(leerling, "Ouders/verzorgers", "ouders"),
                                gegeven(leerling, "Ouderlijk gezag", "gezag")),
        factoren=_factoren(concept),
        uitstroomperspectief=Uitstroom(
            _sectietekst(concept, "uitstroomperspectief", "uitstroomperspectief"),
            _sectietekst(concept, "onderbouwing", "onderbouwing")),
        doelen=_doelen(concept),
        aanpak=_sectietekst(concept, "aanpak", "aanpak"),
        afspraken=Afspraken(_sectietekst(concept, "afspraken_ouders", "afspraken met ouders"),
                            _sectietekst(concept, "afspraken_leerling",
                                         "afspraken met de leerling")),
        afwijkingen=_sectietekst(concept, "afwijkingen", "afwijkingen van het programma"),
        stem_kind=StemKind(gegeven(stem, "Gehoord op", "wanneer het kind is gehoord"),
                           gegeven(stem, "Gehoord door", "door wie het kind is gehoord"),
                           gegeven(stem, "Zo gehoord", "hoe het kind is gehoord"),
                           _tekst(list(stemsectie.blokken)) if stemsectie else
                           nog_invullen("stem van het kind")),
        overleg=Overleg(gegeven(overleg, "Datum", "datum van het overleg"),
                        gegeven(overleg, "Aanwezig", "wie er bij het overleg zijn"),
                        _tekst(list(overlegsectie.blokken)) if overlegsectie else
                        nog_invullen("overleg met ouders")),
        instemming=Instemming(next(
            (a.tekst for a in (overlegsectie.alineas if overlegsectie else ())
             if "handelingsdeel" in a.tekst and not a.kop), nog_invullen("instemming"))),
        data=Data(_datum(concept, "start_ondersteuning", "start van de ondersteuning"),
                  _datum(concept, "vaststelling", "datum van vaststelling"),
                  _datum(concept, "evaluatie_datum", "datum van de evaluatie"),
                  _datum(concept, "einddatum", "einddatum")),
        ondertekening=_ondertekening(concept),
        privacy=concept.privacy,
    )
