"""De gespreksagenda: wanneer, waar en met wie; wat nog open staat; dan de punten in
gespreksvolgorde (het kind eerst), elk met minuten, en ruimte om besluiten op te schrijven.

De agenda is voor de volwassenen en staat in de derde persoon; wat het kind zei, staat tussen
aanhalingstekens. Een uitkomst die nog besproken moet worden (de instemming) staat er als vraag,
nooit als besluit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assistent.kern.concept.feiten import (
    alinea_van,
    generieke_blokken,
    sectietitel,
    vormen,
    weergave,
)
from assistent.kern.concept.model import (
    PRIVACY,
    Alinea,
    Blok,
    Feiten,
    Gegevens,
    OppConcept,
    Schrijfruimte,
    Sectie,
    nog_invullen,
)
from assistent.kern.concept.opp import als_datum, kopregel
from assistent.kern.concept.tabellen import doelteksten
from assistent.kern.concept.volledigheid import Controle
from assistent.kern.concept.zinnen import citaat, samen
from assistent.kern.school import Schoolprofiel
from assistent.kern.vragenlijst.rollen import DOMEINEN
from assistent.kern.vragenlijst.waarden import datumtekst

# Deze rollen staan in 'Het gesprek' op een vaste plek.
GESPREKSROLLEN = frozenset({"overleg_aanwezig", "overleg_datum", "zienswijze_ouders"})


def _factoren(feiten: Feiten, sectie: str) -> list[Blok]:
    """De aangevinkte factoren per domein op één regel ('Kind: …; …'): kort genoeg voor een
    agenda, en je ziet meteen over wie of wat het gaat."""
    vw = vormen(feiten)
    per_domein: dict[str, list[str]] = {}
    for feit in feiten.in_sectie(sectie):
        if not isinstance(feit.waarde, list):
            continue
        domein = feit.vraag.domein or "overig"
        items = [weergave(feit.vraag, [w], vw) for w in feit.waarde]
        if domein == "overig" and feit.vraag.kop:
            items = [f"{feit.vraag.kop.lower()}: {', '.join(items)}"]
        per_domein.setdefault(domein, []).extend(items)
    return [Alinea("; ".join(dict.fromkeys(punten)), "afgeleid", DOMEINEN[d])
            for d in DOMEINEN if (punten := per_domein.get(d))]


def _tekst(feiten: Feiten, rol: str) -> str:
    feit = feiten.feit(rol)
    if feit is None or not feit.waarde:
        return ""
    alinea = alinea_van(feit, "", vormen(feiten))
    return (alinea.tekst or samen(alinea.punten)) if alinea else ""


def _sectietekst(feiten: Feiten, sectie: str) -> list[Blok]:
    blokken = generieke_blokken(feiten, (sectie,), sectietitel(sectie))
    return [b for b in blokken if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt")]


def bouw_agenda(
    feiten: Feiten, vandaag: date, controles: Sequence[Controle],
    school: Schoolprofiel | None = None,
) -> OppConcept:
    """De agenda; `controles` zijn die van het OPP, zodat open punten op de agenda komen."""
    profiel = school or Schoolprofiel()
    vw = vormen(feiten)
    naam = vw["naam"]
    punten = _agendapunten(feiten, vw)
    duur = sum(minuten for _, minuten, _ in punten)
    secties: list[Sectie] = [Sectie("gesprek", "Het gesprek", tuple(
        _gesprek(feiten, profiel, duur)
    ))]
    open_ = [c for c in controles if not c.ok]
    secties.append(Sectie("open", "Nog open in het OPP", (
        Alinea("", "afgeleid", "", tuple(f"{c.onderdeel}: {c.uitleg}" for c in open_))
        if open_ else Alinea("In het concept is alles ingevuld. In het gesprek volgen nog de "
                             "instemming van ouders en de handtekeningen.", "afgeleid"),
    )))
    secties.append(Sectie("agenda", "Agenda", ()))
    secties.extend(
        Sectie(f"punt_{i}", f"{i}. {titel} ({minuten} min.)", tuple(blokken), 2)
        for i, (titel, minuten, blokken) in enumerate(punten, 1)
    )
    return OppConcept(
        document="agenda",
        titel=f"Gespreksagenda OPP van {naam}",
        ondertitel=f"Voorbereid op {datumtekst(vandaag)}",
        privacy=PRIVACY,
        secties=tuple(secties),
        feiten=feiten,
        vandaag=vandaag,
        kopregel=kopregel("Gespreksagenda", feiten, vandaag),
    )


def _volgende(feiten: Feiten, naam: str) -> Gegevens:
    """De volgende afspraak (de tussenevaluatie, anders de evaluatie) en wie de regie houdt."""
    volgende = als_datum(feiten.rol("tussenevaluatie")) or als_datum(
        feiten.rol("evaluatie_datum"))
    return Gegevens((
        ("Volgende afspraak", datumtekst(volgende) if volgende else
         nog_invullen("datum van de volgende afspraak")),
        ("Regie bij", nog_invullen(f"wie de regie houdt over het OPP van {naam}")),
    ))


def _gesprek(feiten: Feiten, school: Schoolprofiel, duur: int) -> list[Blok]:
    dag = als_datum(feiten.rol("overleg_datum"))
    regels = (
        ("Datum", datumtekst(dag) if dag else nog_invullen("datum")),
        ("Tijd", nog_invullen("tijd")),
        ("Duur", f"ongeveer {duur} minuten"),
        ("Plaats", school.school or nog_invullen("plaats")),
        ("Aanwezig", _tekst(feiten, "overleg_aanwezig") or nog_invullen("wie er komen")),
    )
    blokken: list[Blok] = [Gegevens(regels)]
    inbreng = _tekst(feiten, "zienswijze_ouders")
    if inbreng:
        blokken.append(Alinea(inbreng, "antwoord", "Wat ouders willen bespreken"))
    rest = generieke_blokken(feiten, ("agenda",), "Het gesprek", zonder=GESPREKSROLLEN)
    blokken.extend(b for b in rest if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return blokken


def _agendapunten(feiten: Feiten, vw: dict[str, str]) -> list[tuple[str, int, list[Blok]]]:
    naam = vw["naam"]
    gezegd = _tekst(feiten, "kind_gezegd")
    helpt = _tekst(feiten, "kind_helpt")
    kinddoel = _tekst(feiten, "kind_doel")
    kind: list[Blok] = [Alinea(
        f"{naam} vertelt zelf wat goed gaat, wat moeilijk is en wat helpt. Is {naam} er niet "
        "bij, dan leest de leerkracht het kinddeel voor.", "afgeleid")]
    for kop, tekst in ((f"{naam} vertelde eerder", gezegd), (f"Wat helpt volgens {naam}", helpt),
                       (f"Het doel van {naam} zelf", kinddoel)):
        if tekst:
            kind.append(Alinea(f"{citaat(tekst)}.", "antwoord", kop))
    uitstroom = [a for f in feiten.beantwoord("uitstroomperspectief")
                 if (a := alinea_van(f, "", vw)) is not None]
    doelen = tuple(f"Doel {i}: {tekst}" for i, (_, tekst) in enumerate(doelteksten(feiten), 1))
    tussen = als_datum(feiten.rol("tussenevaluatie"))
    evaluatie = als_datum(feiten.rol("evaluatie_datum"))
    data = []
    if tussen:
        data.append(f"Tussenevaluatie op {datumtekst(tussen)}.")
    data.append(f"Jaarlijkse evaluatie op {datumtekst(evaluatie)}." if evaluatie else
                "Kies een datum voor de evaluatie, binnen een jaar.")
    if not tussen:
        data.append("Spreek ook een tussenmoment af, na zes tot acht weken.")
    return [
        ("Welkom en doel", 3, [Alinea(
            "Wie zijn er en wat willen we na dit gesprek afgesproken hebben? Vraag ouders om "
            "toestemming als er iemand van buiten de school meepraat.", "afgeleid")]),
        (f"Eerst {naam}", 8, kind),
        ("Wat goed gaat", 4, [Alinea(
            "Herkent iedereen dit? Wat zien ouders thuis?", "afgeleid"),
            *_factoren(feiten, "factoren_bevorderend")]),
        ("Zorgen", 4, [Alinea(
            "Wat maakt het moeilijk, op school en thuis? Herkent iedereen dit?", "afgeleid"),
            *_factoren(feiten, "factoren_belemmerend")]),
        ("Uitstroomperspectief", 5, [*uitstroom, Alinea(
            "De school licht de verwachting en de onderbouwing toe. Wat ouders ervan vinden, "
            "komt in het OPP, ook als zij het anders zien.", "afgeleid"),
            Schrijfruimte("Wat ouders ervan vinden")]),
        ("Doelen", 8, [Alinea(
            f"Passen de doelen bij wat {naam} zelf wil? Zijn ze haalbaar en ambitieus genoeg?",
            "afgeleid", "", doelen)]),
        ("Aanpak", 5, [*_sectietekst(feiten, "aanpak"), Alinea(
            f"Wat doen ouders thuis, en wat doet {naam} zelf?", "afgeleid")]),
        ("Instemming met het handelingsdeel", 3, [Alinea(
            "Vraag elke ouder met gezag of die instemt met het handelingsdeel en noteer het "
            "antwoord: stemt in of stemt niet in. De ondersteuning gaat hoe dan ook door.",
            "afgeleid"), Schrijfruimte("Besluit van ouders")]),
        ("Afspraken en evaluatie", 3, [Alinea(
            " ".join(data) + " Wie houdt de regie en hoe houden school en ouders elkaar op de "
            "hoogte?", "afgeleid"), _volgende(feiten, naam), Schrijfruimte("Afspraken")]),
        ("Afronding", 2, [Alinea(
            "Ondertekenen: de directeur stelt het OPP vast, ouders kruisen hun instemming aan en "
            "tekenen voor gezien. De school zet de begin- en einddatum in de "
            f"leerlingadministratie. Vraag {naam}: wat neem jij mee uit dit gesprek?",
            "afgeleid")]),
    ]
