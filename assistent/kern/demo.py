"""Een complete, verzonnen sessie om het programma mee te laten zien en te testen.

De demo beantwoordt elke zichtbare vraag via de gespreksmotor, dus ook vragen uit
vragenlijsten die later veranderen: wat niet in de tabel staat krijgt een nette standaard
per soort vraag. Alle data liggen rond vandaag en kloppen met de wettelijke termijnen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from assistent.kern.schoolsjabloon.velden import Velden
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.vragenlijst.modellen import Vraag
from assistent.kern.vragenlijst.rollen import is_doelvorm
from assistent.kern.vragenlijst.voorbeeldzinnen import OPEN_PLEK
from assistent.kern.werkruimte import Werkruimte

NAAM = "Milan"
GROEP = 6
THEMAS = ("gedrag", "rekenen", "stem_kind")
DOEL = (
    "Binnen acht weken begint Milan na de instructie binnen 2 minuten aan zijn taak, "
    "in 4 van de 5 rekenlessen, gemeten met een turflijst."
)
REKENDOEL = (
    "Binnen tien weken rekent Milan 8 van de 10 keersommen uit de tafels van 6, 7 en 8 "
    "goed uit op de tempotoets."
)
KINDDOEL = "Ik reken binnen tien weken 8 van de 10 sommen uit de tafels van 6 en 7 goed uit."
HULPDOEL = (
    "Binnen zes weken vraagt Milan bij een vastgelopen taak hulp met het hulpkaartje, "
    "in 4 van de 5 lessen."
)
KIND_HELPT = "De stappenkaart, rekenen met geld en even naar de afkoelplek als ik boos word."

# De antwoorden op de vragen van de ingebouwde vragenlijsten, per vraag-id.
TEKSTEN: dict[str, object] = {
    "aanleiding": (
        "Milan loopt sinds groep 5 vast bij rekenen en bij zelfstandig werken. Na de "
        "instructie begint hij vaak pas na tien minuten en bij moeilijke sommen wordt hij "
        "boos. Verlengde instructie en een vaste werkplek in de groep hielpen te weinig."
    ),
    "bevorderend_kind": ["gemotiveerd", "mondeling_sterk", "visueel"],
    "bevorderend_onderwijs": ["relatie_leerkracht", "kleine_groep", "concreet_materiaal"],
    "bevorderend_thuis": ["betrokken_ouders", "hobby"],
    "belemmerend_kind": ["taakaanpak", "emotieregulatie", "geheugen"],
    "belemmerend_onderwijs": ["grote_groep", "overgangen"],
    "belemmerend_thuis": ["weinig_slaap"],
    "onderwijsbehoeften": (
        "Milan heeft een korte instructie nodig met concreet materiaal, een stappenkaart om "
        "te beginnen en een vast moment om te laten zien wat hij al kan. Als hij boos wordt, "
        "heeft hij een afgesproken plek nodig om even af te koelen."
    ),
    "uitstroom": "vmbo_kb",
    "uitstroom_nu": (
        "Op dit moment rekent Milan op het niveau van halverwege groep 5 en leest hij op "
        "groepsniveau. Met materiaal en een stappenkaart groeit hij zichtbaar. Met een betere "
        "taakaanpak is vmbo kader haalbaar; groeit hij sneller, dan gaat de lat omhoog."
    ),
    "aanpak": (
        "De leerkracht geeft drie keer per week tien minuten verlengde instructie in een "
        "kleine groep, met concreet materiaal. Bij zelfstandig werken liggen een stappenkaart "
        "en een time-timer op tafel. Elke vrijdag kijkt de leerkracht vijf minuten met Milan "
        "terug op de turflijst."
    ),
    "afspraken_ouders": (
        "Ouders oefenen drie keer per week tien minuten de tafels. Elke zes weken is er kort "
        "contact met de leerkracht; ouders laten het weten als Milan slecht heeft geslapen."
    ),
    "afspraken_leerling": (
        "Milan pakt zelf de stappenkaart als hij niet weet hoe hij moet beginnen en gaat naar "
        "de afkoelplek als hij boos wordt. Hij mag elke dag één keer om extra uitleg vragen."
    ),
    "afwijkingen": [
        "eigen_leerlijn",
        "anders: voor rekenen werkt Milan in een lager tempo aan de doelen van leerroute 2",
    ],
    "instemming_opmerkingen": "Ouders willen het oefenen thuis na zes weken samen bijstellen.",
    "kind_cijfer_nu": 6,
    # gedrag
    "gedrag_beginsituatie": (
        "Nulmeting (turflijst, drie weken): Milan begint in 1 van de 5 rekenlessen binnen "
        "2 minuten aan zijn taak. Bij moeilijke sommen wordt hij boos. Verlengde instructie "
        "en een vaste werkplek in de groep hielpen te weinig."
    ),
    "gedrag_handelen": ["voordoen", "positief", "rustplek"],
    "gedrag_gewenst": "begint na de instructie aan zijn taak",
    "gedrag_criterium": "binnen 2 minuten, in 4 van de 5 rekenlessen, binnen acht weken",
    "gedrag_meting": "turflijst",
    "gedrag_doel": [DOEL],
    # rekenen
    "rekenen_beginsituatie": (
        "Milan rekent op M5 (halverwege groep 5) op de LVS-toets rekenen van januari. De "
        "tafels zijn nog niet geautomatiseerd. Verlengde instructie en de minimumlijn gaven "
        "een half jaar te weinig groei."
    ),
    "rekenen_domeinen": ["automatiseren"],
    "rekenen_leerroute": "leerroute_2",
    "rekenen_aanpak": ["klein_groepje", "lager_tempo", "passende_perspectieven"],
    "rekenen_vaardigheid": "rekent keersommen uit de tafels van 6, 7 en 8",
    "rekenen_criterium": "8 van de 10 goed op de tempotoets, binnen tien weken",
    "rekenen_doel": [REKENDOEL],
}

# De antwoorden op vragen met een rol, per rol: zo krijgt ook een eigen vragenlijst ze.
PER_ROL: dict[str, object] = {
    "voornaamwoord": "hij",
    "aanpak_wie": "De leerkracht; de intern begeleider kijkt elke zes weken mee.",
    "instemming": "ja",
    "gehoord_hoe": ["gesprek"],
    "kind_gezegd": (
        "Ik vind de tafels moeilijk. Ik word boos als ik niet weet hoe ik moet beginnen. "
        "Voetbal en sommen met geld vind ik leuk."
    ),
    "kind_meegenomen": (
        "De stappenkaart en de afkoelplek zijn samen met Milan gekozen; zijn eigen doel staat "
        "in het kinddeel."
    ),
    "gehoord_door": ["ib"],
    "kind_doel": KINDDOEL,
    "kind_helpt": KIND_HELPT,
    "leerkracht": "Eva Jansen",
    "ouders": "Sanne Bakker (moeder)\nDennis Bakker (vader)",
    "gezag": "beide",
    "overleg_aanwezig": ["ouders", "kind", "leerkracht", "ib"],
    "zienswijze_ouders": (
        "Ouders herkennen dat Milan thuis ook moeilijk aan zijn huiswerk begint. Ze willen "
        "weten hoe ze de tafels kunnen oefenen zonder dat het thuis ruzie wordt."
    ),
}


def demo_data(vandaag: date) -> dict[str, date]:
    """Data rond vandaag, per rol: vaststelling binnen zes weken, evaluatie ruim binnen een
    jaar."""
    start = vandaag - timedelta(weeks=2)
    vaststelling = vandaag + timedelta(weeks=3)
    evaluatie = vaststelling + timedelta(weeks=16)
    # Het OPP loopt tot het eind van het schooljaar na de evaluatie.
    eind = date(evaluatie.year if evaluatie.month < 7 else evaluatie.year + 1, 7, 15)
    return {
        "start_ondersteuning": start,
        "vaststelling": vaststelling,
        "tussenevaluatie": vaststelling + timedelta(weeks=8),
        "evaluatie_datum": evaluatie,
        "einddatum": eind,
        "overleg_datum": vandaag - timedelta(weeks=1),
        "gehoord_datum": vandaag - timedelta(weeks=1),
    }


def kandidaten(gesprek: Gesprek, vraag: Vraag, vandaag: date) -> Iterator[object]:
    """Eerst het demo-antwoord, dan een voorstel van de vragenlijst, dan een standaard."""
    if vraag.id in TEKSTEN:
        yield TEKSTEN[vraag.id]
    per_rol = {**PER_ROL, **demo_data(vandaag)}
    if vraag.rol == "doel" and vraag.soort == "lijst":
        # Met een thema erbij staan zijn doelen al in het OPP; de doellijst krijgt een ander doel.
        doelvragen = [s for s in gesprek.stappen if s.vraag.rol == "doel"]
        yield [HULPDOEL] if len(doelvragen) > 1 else [DOEL, REKENDOEL]
    elif vraag.rol in per_rol:
        yield per_rol[vraag.rol]
    voorstel = gesprek.voorstel(vraag)
    if voorstel and not OPEN_PLEK.search(voorstel):
        yield voorstel
    yield from _standaard(vraag, vandaag)


def _standaard(vraag: Vraag, vandaag: date) -> Iterator[object]:
    if is_doelvorm(vraag.soort, vraag.item):
        yield [DOEL] if vraag.soort == "lijst" else DOEL
    elif vraag.soort in ("tekst", "lang"):
        yield "Besproken met de leerkracht en ouders."
    elif vraag.soort == "keuze":
        yield vraag.opties[0].waarde
    elif vraag.soort == "meerkeuze":
        yield [o.waarde for o in vraag.opties[:2]]
    elif vraag.soort == "janee":
        yield True
    elif vraag.soort == "getal":
        yield int(vraag.minimum) if vraag.minimum is not None else 1
    elif vraag.soort == "datum":
        yield vandaag
    elif vraag.soort == "lijst":
        yield ["Besproken met de leerkracht en ouders."]
    yield "ja"


def vul(gesprek: Gesprek, vandaag: date) -> None:
    """Beantwoordt elke zichtbare vraag; wat niet lukt wordt overgeslagen of blijft open.

    De demo speelt zich af op `vandaag`: ook de controle van data ('al voorbij') rekent ermee.
    """
    if gesprek.vandaag is None:
        gesprek.vandaag = vandaag
    mislukt: set[str] = set()
    for _ in range(500):  # een harde grens: een kapotte vragenlijst mag niet eindeloos lopen
        stap = gesprek.volgende()
        if stap is None or stap.vraag.id in mislukt:
            return
        vraag = stap.vraag
        if not any(
            gesprek.beantwoord(vraag.id, w).bewaard for w in kandidaten(gesprek, vraag, vandaag)
        ) and not gesprek.sla_over(vraag.id).bewaard:
            mislukt.add(vraag.id)


def maak_demo(werkruimte: Werkruimte, vandaag: date | None = None) -> tuple[Gesprek, Path]:
    """Maakt en bewaart de demosessie (Milan, groep 6, gedrag en rekenen, kind gehoord)."""
    dag = vandaag or date.today()
    lijsten = ["opp", *(t for t in THEMAS if t in werkruimte.catalogus.vragenlijsten)]
    gesprek, pad = werkruimte.nieuw(NAAM, lijsten, GROEP)
    vul(gesprek, dag)
    werkruimte.bewaar(gesprek, pad)
    return gesprek, pad


def demo_velden(werkruimte: Werkruimte, vandaag: date | None = None) -> Velden:
    """De velden van een schoolsjabloon voor de demo, zonder iets in de sessiemap te bewaren:
    `opp-assistent valideer` vult een sjabloon er één keer mee in als proef."""
    import tempfile

    from assistent.kern.export import concept
    from assistent.kern.schoolsjabloon.velden import bouw_velden

    dag = vandaag or date.today()
    with tempfile.TemporaryDirectory() as tijdelijk:
        gesprek, _ = maak_demo(Werkruimte(Path(tijdelijk), werkruimte.catalogus), dag)
    return bouw_velden(concept(gesprek, "opp", vandaag=dag, school=werkruimte.schoolprofiel()))
