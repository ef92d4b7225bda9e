"""Het concept-OPP: eerst de wettelijke onderdelen, dan de achtergrond, dan ondertekening."""

from __future__ import annotations

from datetime import date, timedelta

from assistent.kern.concept.afweging import afweging_sectie
from assistent.kern.concept.betrokkenen import gegevens, ondertekening
from assistent.kern.concept.cyclus import metingen_sectie, versiekop, vorige_sectie
from assistent.kern.concept.feiten import alinea_van, generieke_blokken, sectietitel, vormen
from assistent.kern.concept.model import (
    PRIVACY,
    Alinea,
    Blok,
    Feiten,
    Gegevens,
    OppConcept,
    Sectie,
    nog_invullen,
)
from assistent.kern.concept.tabellen import beoordeel_doelen, doelen, evaluatietabel, factoren
from assistent.kern.concept.zinnen import citaat, is_ikvorm, samen, zinnen
from assistent.kern.doelcheck import Doelchecker
from assistent.kern.school import Schoolprofiel
from assistent.kern.vragenlijst.waarden import datumtekst

ZES_WEKEN = timedelta(weeks=6)
# De rollen van de data die een eigen regel met termijn krijgen.
DATUMROLLEN = ("start_ondersteuning", "vaststelling", "tussenevaluatie", "evaluatie_datum",
               "einddatum")
HANDELINGSDEEL = ("doelen", "aanpak", "afspraken_ouders", "afspraken_leerling", "afwijkingen")
# Onderdelen die niet in de wet staan: alleen in het concept als er een vraag over is.
ACHTERGROND = ("aanleiding", "beginsituatie", "onderwijsbehoeften", "afweging")
# Wat de stem van het kind over het horen zelf vastlegt: als gegevens, niet als lopende tekst.
HOREN = ("gehoord_datum", "gehoord_door", "gehoord_hoe")
# Het overleg met ouders krijgt een eigen opbouw; deze rollen staan daar op een vaste plek.
OVERLEG = ("overleg_datum", "overleg_aanwezig", "zienswijze_ouders", "instemming")


def plus_jaar(dag: date) -> date:
    """Dezelfde dag een jaar later (29 februari wordt 28 februari)."""
    try:
        return dag.replace(year=dag.year + 1)
    except ValueError:
        return dag.replace(year=dag.year + 1, day=28)


def als_datum(waarde: object) -> date | None:
    return waarde if isinstance(waarde, date) else None


def overleg_geweest(feiten: Feiten, vandaag: date) -> bool:
    """Of het overleg met ouders al heeft plaatsgevonden op de dag van dit concept."""
    dag = als_datum(feiten.rol("overleg_datum"))
    return dag is not None and dag <= vandaag


def termijnbegin(feiten: Feiten, vandaag: date) -> tuple[date, str]:
    """Vanaf wanneer 'binnen zes weken' in een doel telt: het bijstellen van deze versie, de
    vaststelling, anders vandaag. Een doel in versie 2 begint niet vóór versie 2."""
    vast = als_datum(feiten.rol("vaststelling"))
    bijgesteld = feiten.cyclus.versie_datum
    if bijgesteld is not None and (vast is None or bijgesteld > vast):
        return bijgesteld, f"het bijstellen op {datumtekst(bijgesteld)}"
    if vast is not None:
        return vast, f"de vaststelling op {datumtekst(vast)}"
    return vandaag, f"de datum van dit concept, {datumtekst(vandaag)}"


def kopregel(document: str, feiten: Feiten, vandaag: date) -> str:
    """'OPP · Milan · groep 6 · concept van 2 december 2026': bovenaan elke pagina."""
    vw = vormen(feiten)
    groep = feiten.rol("groep")
    delen = [document, vw["naam"]]
    if isinstance(groep, int | float) and not isinstance(groep, bool):
        delen.append(f"groep {groep:g}")
    delen.append(f"concept van {datumtekst(vandaag)}")
    return " · ".join(delen)


def bouw_opp(
    feiten: Feiten, vandaag: date, doelcheck: Doelchecker, school: Schoolprofiel | None = None
) -> OppConcept:
    profiel = school or Schoolprofiel()
    vw = vormen(feiten)
    beoordeeld = beoordeel_doelen(feiten, doelcheck)
    begin, vanaf = termijnbegin(feiten, vandaag)
    evaluatie = als_datum(feiten.rol("evaluatie_datum"))
    secties: list[Sectie] = [
        Sectie("leerling", "Gegevens van de leerling en de school",
               tuple(gegevens(feiten, profiel, vandaag))),
        Sectie("factoren", "Bevorderende en belemmerende factoren", tuple(factoren(feiten))),
        *_uitstroom(feiten),
        Sectie("handelingsdeel", "Handelingsdeel", (Alinea(
            f"Dit deel beschrijft de ondersteuning voor {vw['naam']}: wat de school doet, wat "
            f"ouders doen en wat {vw['hij']} zelf doet. Voor dit deel vraagt de school de "
            "instemming van ouders met gezag.",
            "afgeleid",
        ),)),
        Sectie("doelen", "Doelen", tuple(doelen(
            feiten, beoordeeld, begin, evaluatie,
            f"Een termijn in weken of maanden is gerekend vanaf {vanaf}.",
        )), 2),
        _generiek(feiten, "aanpak", 2, zonder=frozenset({"aanpak_wie"})),
        *(_generiek(feiten, s, 2) for s in HANDELINGSDEEL[2:4]),
        Sectie("afwijkingen", sectietitel("afwijkingen"), tuple(_afwijkingen(feiten)), 2),
        *([_generiek(feiten, "leerlijn", 2)] if feiten.in_sectie("leerlijn") else []),
        Sectie("stem_kind", "Stem van het kind", tuple(_stem(feiten))),
        Sectie("data", "Data en evaluatie", tuple(_data(feiten))),
        *metingen_sectie([d.tekst for d in beoordeeld], feiten),
        *vorige_sectie(feiten),
        Sectie("evaluatie_doelen", "Evaluatie van de doelen", (
            _evaluatie_uitleg(feiten),
            evaluatietabel(beoordeeld, feiten),
        ), 2),
        Sectie("overleg", "Overleg met ouders", tuple(_overleg(feiten, vandaag))),
    ]
    achtergrond = [_generiek(feiten, s, 2) for s in ACHTERGROND[:-1] if feiten.in_sectie(s)]
    # De afweging: het advies met redenen, en de antwoorden (zie concept/afweging.py).
    achtergrond.extend(s for s in [afweging_sectie(feiten)] if s is not None)
    if achtergrond:
        secties.append(Sectie("achtergrond", "Achtergrond", ()))
        secties.extend(achtergrond)
    groep = feiten.rol("groep")
    ondertitel = f"Concept van {datumtekst(vandaag)}"
    if groep is not None and not isinstance(groep, bool | list):
        ondertitel = f"Groep {groep} · {ondertitel.lower()}"
    if (versie := versiekop(feiten)) is not None:
        ondertitel = f"{versie} · {ondertitel[0].lower()}{ondertitel[1:]}"
    return OppConcept(
        document="opp",
        titel=f"Ontwikkelingsperspectiefplan van {vw['naam']}",
        ondertitel=ondertitel,
        privacy=PRIVACY,
        secties=tuple(zonder_herhaling(secties)),
        feiten=feiten,
        vandaag=vandaag,
        ondertekening=ondertekening(feiten, profiel),
        doelen=beoordeeld,
        kopregel=kopregel("OPP", feiten, vandaag),
    )


def zonder_herhaling(secties: list[Sectie]) -> list[Sectie]:
    """Een alinea die woord voor woord al eerder in het document staat, valt weg: één antwoord
    dat via twee rollen of secties binnenkomt, staat er één keer."""
    gezien: set[str] = set()
    uit: list[Sectie] = []
    for sectie in secties:
        blokken: list[Blok] = []
        for blok in sectie.blokken:
            if isinstance(blok, Alinea) and blok.tekst and blok.herkomst != "ontbreekt":
                eigen = {z for z in zinnen(blok.tekst) if len(z.split()) >= 4}
                if eigen and eigen <= gezien:
                    continue
                gezien |= eigen
            blokken.append(blok)
        uit.append(Sectie(sectie.sleutel, sectie.titel, tuple(blokken), sectie.niveau))
    return uit


def _generiek(
    feiten: Feiten, sleutel: str, niveau: int, zonder: frozenset[str] = frozenset()
) -> Sectie:
    titel = sectietitel(sleutel)
    blokken = generieke_blokken(feiten, (sleutel,), titel, zonder=zonder)
    return Sectie(sleutel, titel, tuple(blokken), niveau)


def _afwijkingen(feiten: Feiten) -> list[Blok]:
    """'Afwijkingen van het programma: nee' zegt een ouder weinig; een zin wel."""
    vw = vormen(feiten)
    antwoorden = feiten.beantwoord("afwijkingen")
    if antwoorden and all(f.waarde is False for f in antwoorden):
        return [Alinea(f"Het programma van {vw['naam']} wijkt niet af van dat van de groep.",
                       "antwoord", "", (), antwoorden[0].vraag.id)]
    return generieke_blokken(feiten, ("afwijkingen",), sectietitel("afwijkingen"))


def _uitstroom(feiten: Feiten) -> list[Sectie]:
    blokken = generieke_blokken(feiten, ("uitstroomperspectief",), "Uitstroomperspectief")
    blokken.append(Alinea(
        "Dit is de verwachting op dit moment. Bij elke evaluatie kijken we opnieuw of het "
        "perspectief nog past en of de lat hoger kan.",
        "afgeleid",
    ))
    onderbouwing = generieke_blokken(feiten, ("onderbouwing",), "Onderbouwing")
    return [
        Sectie("uitstroomperspectief", "Uitstroomperspectief", tuple(blokken)),
        Sectie("onderbouwing", "Onderbouwing", tuple(onderbouwing), 2),
    ]


def _stem(feiten: Feiten) -> list[Blok]:
    """Wanneer, door wie en hoe het kind is gehoord (gegevens), dan wat het zei en wat ermee
    gebeurt (tekst). De woorden van het kind staan tussen aanhalingstekens."""
    vw = vormen(feiten)
    if not feiten.beantwoord("stem_kind"):
        return [Alinea(
            nog_invullen(
                f"wanneer en hoe {vw['naam']} is gehoord, wat {vw['hij']} vertelde en wat "
                "daarmee is gedaan"
            ),
            "ontbreekt",
        )]
    regels: list[tuple[str, str]] = []
    for rol, label in zip(HOREN, ("Gehoord op", "Gehoord door", "Zo gehoord"), strict=True):
        feit = feiten.feit(rol)
        if feit is None:
            continue
        if feit.waarde is None:
            regels.append((label, nog_invullen(feit.vraag.titel.lower())))
        else:
            alinea = alinea_van(feit, "", vw)
            tekst = (alinea.tekst or samen(alinea.punten)) if alinea else ""
            regels.append((label, tekst))
    blokken: list[Blok] = [Gegevens(tuple(regels))] if regels else []
    gezegd = feiten.feit("kind_gezegd")
    if gezegd is not None and isinstance(gezegd.waarde, str) and gezegd.waarde.strip():
        tekst = gezegd.waarde.strip()
        blokken.append(Alinea(
            f"{citaat(tekst)}." if is_ikvorm(tekst) else tekst, "antwoord",
            f"Wat {vw['naam']} vertelde", (), gezegd.vraag.id,
        ))
    blokken.extend(generieke_blokken(
        feiten, ("stem_kind",), "Stem van het kind", zonder=frozenset({*HOREN, "kind_gezegd"}),
    ) if [f for f in feiten.beantwoord("stem_kind")
          if f.vraag.rol not in (*HOREN, "kind_gezegd")] else [])
    return blokken


def laatste_evaluatie(feiten: Feiten) -> date | None:
    """De laatste jaarlijkse evaluatie met ouders, in deze versie of een eerdere. Vanaf daar telt
    het volgende jaar; zonder evaluatie is dat None. Bijstellen zelf telt niet: na een
    tussenevaluatie, of zonder evaluatie in de sessie, blijft de termijn staan."""
    gehouden = [d for d in (feiten.cyclus.evaluatie_eerder,
                            als_datum(feiten.rol("evaluatie_gehouden"))) if d]
    return max(gehouden) if gehouden else None


def _data(feiten: Feiten) -> list[Blok]:
    """Begin, vaststelling, tussenevaluatie, jaarlijkse evaluatie en einde, met de wettelijke
    termijnen erbij; dan de herinnering om begin en einde in de ROD te zetten."""
    start = als_datum(feiten.rol("start_ondersteuning"))
    vast = als_datum(feiten.rol("vaststelling"))
    regels: list[tuple[str, str]] = []

    def regel(rol: str, label: str, open_: str, termijn: str = "", verplicht: bool = True) -> None:
        dag = als_datum(feiten.rol(rol))
        if dag is not None:
            regels.append((label, f"{datumtekst(dag)}{termijn}"))
        elif feiten.feit(rol) is not None or verplicht:
            regels.append((label, open_ if not verplicht else nog_invullen(open_)))

    regel("start_ondersteuning", "Begin van het OPP", "start van de extra ondersteuning")
    grens = f" (uiterlijk {datumtekst(start + ZES_WEKEN)}: zes weken na de start)" if start else ""
    regel("vaststelling", "Vaststelling", "datum van vaststelling", grens)
    regel("tussenevaluatie", "Tussenevaluatie", "nog niet gepland", verplicht=False)
    laatste = laatste_evaluatie(feiten)
    basis = laatste or vast or start
    na = f" na de evaluatie van {datumtekst(laatste)}" if laatste else ""
    grens = (f" (uiterlijk {datumtekst(plus_jaar(basis))}: minstens eens per jaar{na})"
             if basis else "")
    regel("evaluatie_datum", "Jaarlijkse evaluatie", "datum van de evaluatie", grens)
    regel("einddatum", "Einddatum", "nog niet bekend; vul hem aan als het OPP stopt",
          verplicht=False)
    vw = vormen(feiten)
    blokken: list[Blok] = [Gegevens(tuple(regels)), Alinea(
        f"De evaluatie gebeurt met ouders en met {vw['naam']}; {vw['zijn']} eigen doel komt "
        "daarbij terug. De school registreert de begin- en einddatum in de "
        "leerlingadministratie (ROD); de inhoud van het OPP gaat daar niet heen.",
        "afgeleid",
    )]
    rest = generieke_blokken(feiten, ("data", "evaluatie"), "Data", zonder=frozenset(DATUMROLLEN))
    blokken.extend(b for b in rest if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return blokken


def _overleg(feiten: Feiten, vandaag: date) -> list[Blok]:
    """Het op overeenstemming gericht overleg als inhoud: wanneer, wie, wat ouders inbrachten.

    Vóór het overleg staat nergens dat ouders instemmen: dat leggen zij zelf vast met een kruisje
    op het tekenblad. Na het overleg noemt het concept wat er is besproken.
    """
    vw = vormen(feiten)
    dag = als_datum(feiten.rol("overleg_datum"))
    geweest = overleg_geweest(feiten, vandaag)
    regels: list[tuple[str, str]] = []
    if dag is None:
        regels.append(("Datum", nog_invullen("datum van het overleg")))
    else:
        regels.append(("Datum", datumtekst(dag) + ("" if geweest else " (gepland)")))
    aanwezig = feiten.feit("overleg_aanwezig")
    if aanwezig is not None:
        alinea = alinea_van(aanwezig, "", vw)
        wie = (alinea.tekst or samen(alinea.punten)) if alinea else ""
        regels.append(("Aanwezig", wie or nog_invullen("wie er bij het overleg zijn")))
    blokken: list[Blok] = [Gegevens(tuple(regels))]
    zienswijze = feiten.feit("zienswijze_ouders")
    if zienswijze is not None and zienswijze.waarde:
        alinea = alinea_van(zienswijze, "", vw)
        if alinea is not None:
            blokken.append(Alinea(alinea.tekst, alinea.herkomst, "Wat ouders inbrengen",
                                  alinea.punten, alinea.vraag))
    elif zienswijze is not None or geweest:
        blokken.append(Alinea(nog_invullen("wat ouders inbrengen en hoe zij het zien"),
                              "ontbreekt", "Wat ouders inbrengen"))
    if feiten.beantwoord("stem_kind"):
        blokken.append(Alinea(
            f"Wat {vw['naam']} zelf inbrengt, staat bij de stem van het kind.", "afgeleid"))
    blokken.append(Alinea(_instemmingszin(feiten, geweest), "afgeleid"))
    rest = generieke_blokken(feiten, ("overleg",), "Overleg met ouders", zonder=frozenset(OVERLEG))
    blokken.extend(b for b in rest if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return blokken


def _instemmingszin(feiten: Feiten, geweest: bool) -> str:
    stand = feiten.rol("instemming")
    if not geweest:
        return ("Over het handelingsdeel is nog niet besloten. Dat doen ouders in of na het "
                "overleg, met een kruisje op het tekenblad.")
    if stand == "ja":
        return ("In het overleg gaven ouders aan dat zij instemmen met het handelingsdeel. Zij "
                "bevestigen dat met een kruisje en hun handtekening op het tekenblad.")
    if stand == "nee":
        return ("In het overleg gaven ouders aan dat zij (nog) niet instemmen met het "
                "handelingsdeel. De ondersteuning gaat intussen door.")
    return ("Ouders hebben nog geen besluit genomen over het handelingsdeel. Zij geven het aan "
            "met een kruisje op het tekenblad.")


def _evaluatie_uitleg(feiten: Feiten) -> Alinea:
    """Boven de evaluatietabel: invullen bij de evaluatie, of de datum waarop dat gebeurde."""
    if not feiten.per_doel("doel_oordeel"):
        return Alinea("In te vullen bij de evaluatie: kruis per doel aan of het is behaald.",
                      "afgeleid")
    dag = als_datum(feiten.rol("evaluatie_gehouden"))
    tussen = als_datum(feiten.rol("tussenevaluatie_gehouden")) if dag is None else None
    moment = "tussenevaluatie" if tussen else "evaluatie"
    gehouden = dag or tussen
    wanneer = f" van {datumtekst(gehouden)}" if gehouden else ""
    return Alinea(f"Zo staan de doelen bij de {moment}{wanneer}.", "afgeleid")
