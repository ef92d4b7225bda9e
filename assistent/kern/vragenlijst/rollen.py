"""Wat de kern van een vraag kan weten: de sectie, de rol en het domein. Alles op één plek.

De kern leest nooit de spelling van een vraag-id. Een vraag die de kern moet herkennen zegt
in de vragenlijst wat hij betekent (`rol = "instemming"`); een factorvraag zegt over wie of wat
hij gaat (`domein = "thuis"`). Zo telt een eigen vraag van een school precies zoals een
ingebouwde. Deze lijsten staan ook in docs/vragenlijsten.md (een test houdt dat bij).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# De onderdelen van de documenten waar een antwoord naartoe gaat. De sleutel staat in de
# vragenlijst (`sectie = "factoren_bevorderend"`), de titel verschijnt in het concept.
SECTIES: dict[str, str] = {
    "leerling": "Gegevens van de leerling",
    "aanleiding": "Aanleiding en hulpvraag",
    "beginsituatie": "Beginsituatie",
    "factoren_bevorderend": "Bevorderende factoren",
    "factoren_belemmerend": "Belemmerende factoren",
    "onderwijsbehoeften": "Onderwijsbehoeften",
    "uitstroomperspectief": "Uitstroomperspectief",
    "onderbouwing": "Onderbouwing van het uitstroomperspectief",
    "doelen": "Doelen",
    "aanpak": "Aanpak en interventies",
    "afspraken_ouders": "Afspraken met ouders",
    "afspraken_leerling": "Afspraken met de leerling",
    "afwijkingen": "Afwijkingen van het onderwijsprogramma",
    "leerlijn": "Eigen leerlijn",
    "stem_kind": "Stem van het kind",
    "kinddeel": "Kinddeel",
    "data": "Data en termijnen",
    "overleg": "Overleg en instemming",
    "evaluatie": "Evaluatie",
    "afweging": "Basisaanpak of OPP",
    "agenda": "Gespreksagenda",
    "intern": "Alleen voor de assistent",
}

# De secties met factoren; een factorvraag daarin met een lijst als antwoord heeft een domein.
FACTORSECTIES: tuple[str, ...] = ("factoren_bevorderend", "factoren_belemmerend")

# Het domein van een factor: een rij in de factorentabel van het OPP, met zijn kop.
DOMEINEN: dict[str, str] = {
    "kind": "Kind",
    "onderwijs": "Onderwijs",
    "thuis": "Thuis",
    "overig": "Overig",
}
DOMEINUITLEG: dict[str, str] = {
    "kind": "het kind zelf: eigenschappen, sterke kanten, wat het moeilijk vindt",
    "onderwijs": "de klas en de school: instructie, groep, leerkracht, materiaal",
    "thuis": "het gezin en de omgeving buiten school",
    "overig": "situaties die niet bij één domein horen, zoals momenten op school én thuis",
}

# De vorm van een antwoord zoals een rol die vraagt: een soort vraag, of 'doellijst' voor een
# lijst waarvan elk item een doel is (`soort = "lijst"` met `item = "doel"`).
VORMNAMEN: dict[str, str] = {
    "tekst": "tekst", "lang": "lang", "keuze": "keuze", "meerkeuze": "meerkeuze",
    "janee": "janee", "getal": "getal", "datum": "datum", "doel": "doel", "lijst": "lijst",
    "doellijst": "lijst met item = \"doel\"",
}


@dataclass(frozen=True)
class Rol:
    """Wat een antwoord voor de kern betekent, en welke vorm het daarvoor moet hebben."""

    uitleg: str
    vormen: tuple[str, ...]
    # Bij een keuzevraag: deze waarden moeten erin staan (de kern leest ze) ...
    opties: tuple[str, ...] = ()
    # ... of: alleen deze waarden mogen erin staan (de kern kent geen andere).
    alleen_opties: tuple[str, ...] = ()
    # Eén vraag per vragenlijst, en één keer gevraagd per sessie.
    uniek: bool = True
    # De sectie waarin de vraag moet staan, als de rol daaraan vastzit.
    sectie: str | None = None
    # Waar de kern het antwoord gebruikt (voor de documentatie en meldingen).
    gebruik: str = ""
    # Alleen in een onderdeel dat per doel herhaald wordt (`herhaal = "doelen"`): het
    # antwoord hoort bij één doel van het huidige OPP.
    per_doel: bool = False


_TEKST = ("tekst", "lang")
_JANEE = ("janee",)
_DATUM = ("datum",)

ROLLEN: dict[str, Rol] = {
    # --- de leerling ---------------------------------------------------------------------
    "naam": Rol("de roepnaam of initialen van de leerling", ("tekst",),
                gebruik="titels van elk document en zinnen als 'wat Sem zelf doet'"),
    "groep": Rol("de groep waarin de leerling zit (1 tot en met 8)", ("getal",),
                 gebruik="ondertitel van het OPP, 'Ik zit in groep …' in het kinddeel"),
    "voornaamwoord": Rol("het voornaamwoord voor de teksten", ("keuze",),
                         alleen_opties=("hij", "zij", "hen"),
                         gebruik="hij/zij/hen in afgeleide zinnen; zelf niet in het document"),
    "leerkracht": Rol("de leerkracht of leerkrachten van de leerling", _TEKST,
                      gebruik="de gegevens van het OPP en het ondertekenblad"),
    "ouders": Rol("de ouders of verzorgers, één per regel als 'naam (relatie)'",
                  (*_TEKST, "lijst"),
                  gebruik="de gegevens van het OPP en een regel per ouder op het ondertekenblad"),
    "gezag": Rol("wie het ouderlijk gezag heeft", ("keuze",), opties=("beide", "een", "voogd"),
                 gebruik="de gegevens van het OPP; wie instemt en tekent"),
    # --- basisaanpak of OPP --------------------------------------------------------------
    "aantal_leerlingen": Rol("om hoeveel leerlingen het gaat", ("keuze",),
                             opties=("een", "enkele", "groep"), gebruik="het advies"),
    "langdurig": Rol("of de ondersteuning langer duurt dan een planperiode", _JANEE,
                     gebruik="het advies"),
    "basis_geprobeerd": Rol("of de basisondersteuning is geprobeerd en geëvalueerd", _JANEE,
                            gebruik="het advies"),
    "ondersteuningsbudget": Rol("of de ondersteuning uit het ondersteuningsbudget of een "
                                "arrangement komt", _JANEE, gebruik="het advies (zwaar signaal)"),
    "eigen_leerlijn": Rol("of de leerling een eigen leerlijn of afwijkend programma volgt",
                          _JANEE, gebruik="het advies (zwaar signaal)"),
    "verwijzing": Rol("of er een aanmelding SBO/SO/VSO of een TLV-aanvraag komt", _JANEE,
                      gebruik="het advies (zwaar signaal)"),
    "onderwijstijd": Rol("of de leerling minder onderwijstijd krijgt dan de groep", _JANEE,
                         gebruik="het advies (zwaar signaal)"),
    "groepsplan": Rol("wat in het groepsplan komt als het advies basisaanpak is", _TEKST,
                      gebruik="alleen gevraagd bij het advies basisaanpak; dan stopt het gesprek "
                              "daarna"),
    # --- de kern van het OPP: vragen die een thema mag overnemen met een rijkere vraag ----
    "aanleiding": Rol("waarom nu extra ondersteuning: wat je ziet en wat al is geprobeerd",
                      (*_TEKST, "meerkeuze"),
                      gebruik="de aanleiding in het OPP; een thema mag hem overnemen, zoals de "
                              "nulmeting van gedrag"),
    "onderbouwing": Rol("de onderbouwing van het uitstroomperspectief", _TEKST,
                        sectie="onderbouwing", gebruik="de onderbouwing in het OPP"),
    # --- handelingsdeel ------------------------------------------------------------------
    "doel": Rol("een doel voor het handelingsdeel; meer vragen mogen aan dezelfde lijst "
                "bijdragen", ("doel", "doellijst"), uniek=False, sectie="doelen",
                gebruik="de doelentabel van het OPP, de doelcheck, de agenda"),
    "aanpak": Rol("wat de school extra doet: aanpak en interventies; meer vragen mogen eraan "
                  "bijdragen", (*_TEKST, "meerkeuze"), uniek=False, sectie="aanpak",
                  gebruik="de aanpak in het handelingsdeel"),
    "afwijkingen": Rol("of en waar het programma afwijkt van dat van de groep",
                       ("janee", *_TEKST, "meerkeuze"), sectie="afwijkingen",
                       gebruik="de afwijkingen in het handelingsdeel"),
    "aanpak_wie": Rol("wie de aanpak uitvoert en bijhoudt hoe het gaat", _TEKST,
                      gebruik="de kolom 'Wie' van de doelentabel"),
    # --- data ----------------------------------------------------------------------------
    "start_ondersteuning": Rol("de start van de extra ondersteuning", _DATUM,
                               gebruik="data in het OPP; de zes weken tot de vaststelling"),
    "vaststelling": Rol("de datum waarop het OPP wordt vastgesteld", _DATUM,
                        gebruik="data in het OPP; de termijn van zes weken en van een jaar"),
    "evaluatie_datum": Rol("de datum van de (jaarlijkse) evaluatie met ouders", _DATUM,
                           gebruik="data in het OPP, de agenda, de termijn van een jaar"),
    "evaluatie_gehouden": Rol("de datum waarop de evaluatie met ouders en kind gehouden is",
                              _DATUM, gebruik="de termijn van een jaar telt vanaf de laatste "
                              "evaluatie"),
    "volgende_evaluatie": Rol(
        "de datum van de volgende evaluatie, gekozen bij een evaluatie", _DATUM,
        gebruik="wordt bij het bijstellen de datum van de evaluatie (rol evaluatie_datum) van "
                "de nieuwe versie"),
    "tussenevaluatie_gehouden": Rol(
        "de datum waarop een tussenevaluatie gehouden is", _DATUM,
        gebruik="de datum boven de evaluatietabel; telt niet als de jaarlijkse evaluatie"),
    "tussenevaluatie": Rol("de datum van een tussentijdse evaluatie", _DATUM,
                           gebruik="data in het OPP en de agenda"),
    "einddatum": Rol("de datum waarop het OPP stopt", _DATUM,
                     gebruik="data in het OPP, voor de registratie in de leerlingadministratie"),
    # --- overleg -------------------------------------------------------------------------
    "overleg_datum": Rol("de datum van het op overeenstemming gericht overleg met ouders",
                         _DATUM, gebruik="de volledigheidscheck"),
    "instemming": Rol("of ouders instemmen met het handelingsdeel", ("keuze",),
                      opties=("ja", "nee", "nog_niet"),
                      gebruik="de volledigheidscheck en de agenda"),
    "overleg_aanwezig": Rol("wie er bij het gesprek met ouders zijn", (*_TEKST, "meerkeuze"),
                            gebruik="het verslag van het overleg in het OPP"),
    "zienswijze_ouders": Rol("wat ouders zelf inbrengen in het overleg", _TEKST,
                             gebruik="het verslag van het overleg in het OPP"),
    # --- stem van het kind ---------------------------------------------------------------
    "gehoord_datum": Rol("wanneer het kind is gehoord", _DATUM,
                         gebruik="de volledigheidscheck; niet in het kinddeel"),
    "gehoord_hoe": Rol("hoe het kind is gehoord", (*_TEKST, "keuze", "meerkeuze"),
                       gebruik="de volledigheidscheck; niet in het kinddeel"),
    "gehoord_door": Rol("wie het kind heeft gehoord", (*_TEKST, "keuze", "meerkeuze"),
                        gebruik="niet in het kinddeel"),
    "kind_gezegd": Rol("wat het kind vertelde", _TEKST,
                       gebruik="de volledigheidscheck, het kinddeel, de agenda"),
    "kind_meegenomen": Rol("wat de school met de inbreng van het kind doet", _TEKST,
                           gebruik="de volledigheidscheck; niet in het kinddeel"),
    "kind_doel": Rol("het doel van het kind zelf, in de ik-vorm", ("doel", *_TEKST),
                     gebruik="'Mijn doel' in het kinddeel"),
    "kind_helpt": Rol("wat volgens het kind helpt", _TEKST,
                      gebruik="'Wat mij helpt' in het kinddeel"),
    # --- evaluatie per doel (in een onderdeel met `herhaal = "doelen"`) -------------------
    "doel_oordeel": Rol("of het doel behaald is", ("keuze",),
                        alleen_opties=("behaald", "deels", "niet"), per_doel=True,
                        gebruik="de evaluatie in het OPP en het oordeel bij het bijstellen"),
    "doel_bewijs": Rol("waaruit blijkt of het doel behaald is", _TEKST, per_doel=True,
                       gebruik="de toelichting in de evaluatietabel van het OPP"),
    "doel_werkte": Rol("wat bij dit doel hielp en wat niet", _TEKST, per_doel=True,
                       gebruik="de toelichting in de evaluatietabel van het OPP"),
    "doel_besluit": Rol("wat er met het doel gebeurt in de volgende versie", ("keuze",),
                        alleen_opties=("doorgaan", "bijstellen", "afsluiten"), per_doel=True,
                        gebruik="het besluit per doel bij het bijstellen"),
    "doel_herschreven": Rol("de nieuwe tekst van een doel dat wordt bijgesteld", ("doel",),
                            per_doel=True, gebruik="het bijgestelde doel in de volgende versie"),
    "opp_besluit": Rol("wat de evaluatie besluit over het OPP als geheel", ("keuze",),
                       alleen_opties=("voortzetten", "bijstellen", "afsluiten"),
                       gebruik="bij afsluiten maakt bijstellen geen nieuwe versie"),
    "kind_terugblik": Rol("hoe het kind terugkijkt op de afgelopen periode", _TEKST,
                          gebruik="de korte evaluatie van de vorige versie in het OPP van de "
                                  "nieuwe versie"),
    "ouders_terugblik": Rol("hoe de ouders terugkijken op de afgelopen periode", _TEKST,
                            gebruik="de korte evaluatie van de vorige versie in het OPP van de "
                                    "nieuwe versie"),
    "besluit_waarom": Rol("waarom de evaluatie zo besluit", _TEKST,
                          gebruik="de reden bij het bijstellen ('Waarom:' in het OPP van de "
                                  "nieuwe versie), tenzij je er bij het bijstellen een andere "
                                  "geeft"),
    "nieuw_doel": Rol("een nieuw doel voor de volgende versie van het OPP", ("doellijst",),
                      uniek=False, gebruik="komt bij het bijstellen bij de doelen van de "
                                           "volgende versie"),
}

# Wat een onderdeel met `herhaal = "doelen"` per doel in zijn teksten kent, naast de gewone
# namen: de tekst van het doel, zijn nummer in het OPP, de metingen van dit doel, de laatste
# meting, en of die het criterium haalt (ja, nee, of leeg als dat niet te rekenen is).
HERHAALNAMEN: tuple[str, ...] = ("doel", "doelnummer", "metingen", "laatste_meting",
                                  "criterium_gehaald")
# Wat elke voorwaarde (`toon_als`) kent zonder dat een vraag zo heet: hoeveel doelen het
# huidige OPP tot dan toe heeft (zo vraagt een evaluatie zonder OPP erbij zelf naar de doelen).
VASTE_VOORWAARDEN: tuple[str, ...] = ("aantal_doelen",)

# Rollen waarvan het antwoord in elke tekst onder de naam van de rol staat (`{{ naam }}`,
# `{% if groep <= 2 %}`, en via het voornaamwoord `{{ hij }}`), ook als de vraag anders heet.
SJABLOONROLLEN: tuple[str, ...] = ("naam", "groep", "voornaamwoord")


def vorm(soort: str, item: str = "tekst") -> str:
    """De vorm van een vraag zoals een rol die noemt: 'doellijst' voor een lijst met doelen."""
    return "doellijst" if soort == "lijst" and item == "doel" else soort


def is_doelvorm(soort: str, item: str = "tekst") -> bool:
    """Een vraag waarvan het antwoord door de doelcheck gaat."""
    return vorm(soort, item) in ("doel", "doellijst")


def is_uniek(rol: str | None) -> bool:
    """Of een rol maar één keer per vragenlijst en per sessie voorkomt."""
    return rol is not None and rol in ROLLEN and ROLLEN[rol].uniek


def betekenisfouten(
    rol: str | None, domein: str | None, soort: str, item: str, opties: Sequence[str],
    sectie: str, *, per_doel: bool = False,
) -> list[tuple[str, str]]:
    """(veld, melding) voor alles wat niet klopt aan de rol of het domein van één vraag.

    `per_doel`: de vraag staat in een onderdeel dat per doel herhaald wordt. Een onbekende rol
    of een onbekend domein meldt het schema al; hier gaat het om de vorm en de plaats.
    """
    fouten: list[tuple[str, str]] = []
    if rol is not None and rol in ROLLEN:
        melding = _rolfout(rol, vorm(soort, item), opties, sectie) or _plaatsfout(rol, per_doel)
        if melding:
            fouten.append(("rol", melding))
    elif rol is None and sectie == "doelen" and is_doelvorm(soort, item):
        fouten.append(("rol", "een doelvraag in sectie 'doelen' heeft rol = \"doel\" nodig, "
                              "zodat het doel in de doelentabel komt"))
    melding = _domeinfout(domein, soort, sectie)
    if melding:
        fouten.append(("domein", melding))
    return fouten


def _rolfout(rol: str, vorm_: str, opties: Sequence[str], sectie: str) -> str | None:
    eisen = ROLLEN[rol]
    if vorm_ not in eisen.vormen:
        toegestaan = " of ".join(f"'{VORMNAMEN[v]}'" for v in eisen.vormen)
        return f"rol '{rol}' vraagt een vraag van soort {toegestaan}, niet '{VORMNAMEN[vorm_]}'"
    ontbreekt = [o for o in eisen.opties if o not in opties]
    if ontbreekt:
        nodig = ", ".join(eisen.opties)
        return f"rol '{rol}' vraagt de opties {nodig}; optie '{ontbreekt[0]}' ontbreekt"
    if eisen.alleen_opties:
        vreemd = [o for o in opties if o not in eisen.alleen_opties]
        if vreemd:
            kies = ", ".join(eisen.alleen_opties)
            return f"rol '{rol}' kent alleen de opties {kies}, niet '{vreemd[0]}'"
    if eisen.sectie is not None and sectie != eisen.sectie:
        return f"rol '{rol}' hoort in sectie '{eisen.sectie}', niet in '{sectie}'"
    return None


def _plaatsfout(rol: str, per_doel: bool) -> str | None:
    """Een rol per doel hoort in een herhaald onderdeel; een doel of een unieke rol niet."""
    eisen = ROLLEN[rol]
    if eisen.per_doel and not per_doel:
        return (f"rol '{rol}' hoort bij één doel: zet de vraag in een onderdeel met "
                "herhaal = \"doelen\"")
    if per_doel and not eisen.per_doel and (rol == "doel" or eisen.uniek):
        return (f"rol '{rol}' kan niet in een onderdeel dat per doel herhaald wordt: het "
                "antwoord zou dan bij elk doel opnieuw gevraagd worden")
    return None


def _domeinfout(domein: str | None, soort: str, sectie: str) -> str | None:
    """Een factorvraag met een lijst als antwoord heeft een domein; een andere vraag geen."""
    if sectie not in FACTORSECTIES:
        if domein is not None:
            return ("een domein hoort alleen bij een factorvraag (sectie "
                    f"{' of '.join(FACTORSECTIES)})")
        return None
    if domein is None and soort in ("meerkeuze", "lijst"):
        kies = ", ".join(DOMEINEN)
        return f"een factorvraag heeft een domein nodig: voeg domein = \"…\" toe (kies uit {kies})"
    return None


def betekenis(rol: str | None, sectie: str, domein: str | None) -> tuple[str, ...] | None:
    """Waaraan de kern ziet dat twee vragen hetzelfde vragen: de rol, of bij een factorvraag
    zonder rol de sectie en het domein (bevorderend voor het kind, belemmerend thuis, …)."""
    if rol is not None:
        return ("rol", rol)
    if sectie in FACTORSECTIES and domein is not None:
        return ("factor", sectie, domein)
    return None


def overnamefout(neemt_over: bool, rol: str | None, domein: str | None, sectie: str) -> str | None:
    """Een vraag die een vraag van de kern overneemt, moet zeggen welke: met een rol, of als
    factorvraag met een domein."""
    if neemt_over and betekenis(rol, sectie, domein) is None:
        return ("neemt_over vraagt een rol (of bij een factorvraag een domein): daaraan ziet de "
                "assistent welke vraag van de kern deze vraag vervangt")
    return None
