"""De teksten van de doelcheck: wie het doel haalt, uitleg per signaal en de vervolgvragen.

Een nieuw soort signaal krijgt hier zijn uitleg; `{woorden}` is wat in het doel staat, `{wie}`
de naam of "de leerling".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import combinations
from typing import Final

from assistent.kern.doelcheck.analyse import MANIER_TRAP, Analyse, Vondst, alleen_manier

# Per (soort, element) de uitleg bij een signaal.
_UITLEG: Final = {
    ("vaag", "gedrag"): (
        "„{woorden}” beschrijft iets wat je niet kunt zien of horen; noem wat {wie} dan doet."
    ),
    ("vaag", "criterium"): (
        "„{woorden}” zegt niet wanneer het genoeg is; noem een aantal, een percentage of hoe vaak."
    ),
    ("vaag", "termijn"): (
        "„{woorden}” is geen controlemoment; noem een datum, een week of een evaluatiemoment."
    ),
    ("vergelijking", "criterium"): (
        "„{woorden}” vergelijkt zonder maat: ten opzichte van wat? "
        "Noem hoeveel, hoe vaak of hoe goed."
    ),
    ("volwassene", "gedrag"): (
        "„{woorden}” beschrijft wat een volwassene doet; dat hoort bij de aanpak, het doel gaat "
        "over wat {wie} zelf laat zien."
    ),
    ("negatief", "gedrag"): (
        "„{woorden}” zegt alleen wat niet meer mag; beschrijf het gedrag dat je wél wilt zien."
    ),
    ("interpretatie", "gedrag"): (
        "„{woorden}” is een oordeel, geen gedrag; beschrijf wat je {wie} ziet doen."
    ),
}
# Bij een los getal, per soort getal (`Vondst.sleutel`).
_LOS_GETAL: Final = {
    "groep": "„{woorden}” noemt de groep, niet hoeveel of hoe goed {wie} iets doet.",
    "leeftijd": "„{woorden}” is een leeftijd en zegt niets over het gedrag.",
    "inhoud": "„{woorden}” zegt wát {wie} oefent, niet hoeveel of hoe goed het moet.",
    "anders": (
        "„{woorden}” is een getal, maar het is niet duidelijk wat het over het gedrag zegt."
    ),
}
_OVERIG: Final = "„{woorden}” maakt het doel minder controleerbaar."

# "Ll." en "Lln.": de afkorting van "de leerling"; in de teksten voluit, of de naam.
AFKORTINGEN: Final = ("ll", "lln", "ll.", "lln.")
# Wordt de naam, als die bekend is.
DE_LEERLING: Final = ("de leerling", "hij", "zij", *AFKORTINGEN)
_LIDWOORDEN: Final = ("de", "het", "een", "deze", "onze")


def wie(a: Analyse, naam: str | None) -> str:
    """Hoe de teksten de leerling noemen: het onderwerp van het doel, de naam, of "de leerling"."""
    onderwerp = a.onderwerp
    plek = a.onderwerp_plek
    if plek and any(v.soort == "volwassene" and v.begin <= plek[0] < v.eind
                    and not _begint_met_werkwoord(a, v.begin) for v in a.vondsten):
        # "Ouders lezen …", "Juf Anna leest …": niet de leerling. Wel "krijgt Noor 3 keer per
        # week RT" en "neemt Ruben deel aan …": daar staat de leerling na het werkwoord. En
        # "lezen voor aan Zoë", "oefent de tafels met Sara": de naam na het voorzetsel.
        return _naam_na_voorzetsel(a) or naam or "de leerling"
    if onderwerp and not a.ik_vorm:
        klein = onderwerp.lower()
        if klein in AFKORTINGEN:
            return naam or "de leerling"
        if klein not in ("hij", "zij", "ze"):
            if naam and klein == "de leerling":
                return naam
            # Midden in een vraag: "Wat zie je de leerling doen?", niet "… De leerling …".
            if " " in onderwerp:
                eerste, _, rest = onderwerp.partition(" ")
                if rest and eerste.lower() in _LIDWOORDEN:
                    return f"{eerste.lower()} {rest}"
            return onderwerp
    # "Het werktempo van Yara": net als een naam als onderwerp gaat de naam uit het doel voor
    if a.bezitter:
        return a.bezitter
    if onderwerp is None and a.heeft("volwassene"):  # "De juf oefent de tafels met Sara"
        return _naam_na_voorzetsel(a) or naam or "de leerling"
    return naam or "de leerling"


_VOOR_DE_LEERLING: Final = frozenset({"aan", "met", "voor", "bij", "van"})


def _naam_na_voorzetsel(a: Analyse) -> str | None:
    """De naam na "aan", "met", "voor" of "bij" in een doel van een volwassene ("De juf oefent de
    tafels met Sara"), of None."""
    reeks = a.reeks
    for k in range(1, len(reeks.woorden)):
        w = reeks.woorden[k]
        if (reeks.hoofdletter[k] and reeks.woorden[k - 1] in _VOOR_DE_LEERLING and w.isalpha()
                and w not in a.lijsten.tijdwoorden and w not in a.lijsten.geen_persoon):
            return reeks.tekst[reeks.begins[k] : reeks.einden[k]]
    return None


def _begint_met_werkwoord(a: Analyse, begin: int) -> bool:
    k = bisect_left(a.reeks.begins, begin)
    return k < len(a.reeks.infos) and a.reeks.infos[k].werkwoordachtig


def uitleg(vondst: Vondst, woorden: str, persoon: str) -> str:
    if vondst.soort == "los_getal":
        sjabloon = _LOS_GETAL.get(vondst.sleutel, _LOS_GETAL["anders"])
    else:
        sjabloon = _UITLEG.get((vondst.soort, vondst.element), _OVERIG)
    return sjabloon.format(woorden=woorden, wie=persoon)


def vervolgvragen(
    a: Analyse, ontbreekt: tuple[str, ...], persoon: str, vak: str | None = None,
    voorstel: str = "", wens: bool = False, oordeel: str | None = None,
) -> tuple[str, ...]:
    """Eén vraag per ontbrekend element, in de volgorde gedrag, criterium, termijn. `vak` is het
    werkwoord dat het voorstel al voor het gedrag invult ("rekent"): dan gaat de gedragsvraag over
    wat er gerekend, geschreven of gelezen wordt. `wens`: het voorstel maakte van een wens de
    handeling ("durft … te vertellen" → "vertelt …"); dan vraagt de check of dat klopt."""
    if not ontbreekt:
        return ()
    if vak in _VAKVRAAG and "gedrag" in ontbreekt:
        hij, ik, hoeveel_hij, hoeveel_ik = _VAKVRAAG[vak]
        vragen = [ik if a.ik_vorm else hij.format(wie=persoon)]
        if "criterium" in ontbreekt:
            vragen.append(hoeveel_ik if a.ik_vorm else hoeveel_hij.format(wie=persoon))
        if "termijn" in ontbreekt:
            vragen.append(_IK_VRAAG["termijn"] if a.ik_vorm else _TERMIJNVRAAG)
        return tuple(vragen)
    if oordeel is not None:  # "… te luisteren en is rustig": wat zie je als hij rustig is?
        eerste = (f"Waaraan ziet de juf of meester dat je {oordeel} bent?" if a.ik_vorm else
                  f"Waaraan zie of hoor je dat {persoon} {oordeel} is?")
        return _met_de_rest(eerste, a, ontbreekt, persoon, voorstel)
    if wens and a.werkwoord_plek is not None:  # "durft … te vertellen" → "vertelt …": klopt dat?
        info = a.reeks.infos[bisect_left(a.reeks.begins, a.werkwoord_plek[0])]
        wat = info.lemma.capitalize()  # "Durven", "Willen", "Leren", "Proberen"
        eerste = (f"{wat} kan de juf of meester niet zien, maar wat je dan doet wel. Klopt "
                  "wat er in het voorstel staat?" if a.ik_vorm else
                  f"{wat} zie je niet, wat {persoon} dan doet wel. Klopt het gedrag dat het "
                  "voorstel noemt?")
        return _met_de_rest(eerste, a, ontbreekt, persoon, voorstel)
    manier = alleen_manier(a)
    if manier:  # "ruimt zorgvuldig op": wat is zorgvuldig?
        hoe = " ".join(a.reeks.tekst[manier[0][0] : manier[-1][1]].lower().split())
        if hoe == "op tijd":
            eerste = ("Wanneer is het op tijd: hoe laat, of binnen hoeveel minuten?" if a.ik_vorm
                      else f"Wanneer is het op tijd voor {persoon}: hoe laat, of binnen hoeveel "
                      "minuten?")
        else:
            eerste = (f"Waaraan ziet de juf of meester dat je het {hoe} doet?" if a.ik_vorm
                      else f"Waaraan zie of hoor je dat {persoon} het {hoe} doet?")
        # "schrijft netter": de eerste vraag ging al over wat netter is
        return _met_de_rest(eerste, a, ontbreekt, persoon, voorstel, trap_gevraagd=True)
    if a.ik_vorm:
        return _IK_VRAGEN[ontbreekt]
    return _vragen(a, ontbreekt, persoon, voorstel)


def _met_de_rest(
    eerste: str, a: Analyse, ontbreekt: tuple[str, ...], persoon: str, voorstel: str,
    trap_gevraagd: bool = False,
) -> tuple[str, ...]:
    """De eigen vraag naar het gedrag, met daarna de vragen naar criterium en termijn."""
    rest = tuple(e for e in ontbreekt if e != "gedrag")
    return (eerste, *(_IK_VRAGEN[rest] if rest and a.ik_vorm
                      else _vragen(a, rest, persoon, voorstel, trap_gevraagd)))


# Als het voorstel het vak invult ("rekent Daan [x] van de [y] [sommen] goed uit"): welke stof?
# (MANIER_TRAP, de vergelijkingen van een oordeel over hoe, staat in analyse.py.)


def manier_trap(a: Analyse) -> str | None:
    """Het eerste woord als "netter" dat als vergelijking gemeld is, of "netjes" uit "zo netjes
    mogelijk"; anders None."""
    for v in a.vondsten:
        woord = a.reeks.tekst[v.begin : v.eind].lower()
        if v.soort == "vergelijking" and woord in MANIER_TRAP:
            return woord
        zo = ZO_MOGELIJK.fullmatch(woord)
        if v.soort == "vaag" and zo is not None and zo.group(1) not in ZO_HOEVEEL:
            return zo.group(1)
    return None


# "zo netjes mogelijk": het woord ertussen zegt waar het om gaat, tenzij het een hoeveelheid is.
ZO_MOGELIJK: Final = re.compile(r"zo\s+([a-zà-ÿ]+)\s+mogelijk")
ZO_HOEVEEL: Final = frozenset("veel min goed snel vaak lang weinig".split())


# Per vak: de vraag naar de stof en die naar de maat, voor de leerkracht en in de ik-vorm.
_VAKVRAAG: Final = {
    "rekent": ("Welke sommen moet {wie} goed uitrekenen?", "Welke sommen wil je goed uitrekenen?",
               "Hoeveel van die sommen moet {wie} goed hebben? Bijvoorbeeld 8 van de 10.",
               "Hoeveel van die sommen wil je goed hebben? Bijvoorbeeld 8 van de 10."),
    "rekent vlot": ("Welke sommen moet {wie} vlot goed uitrekenen?",
                    "Welke sommen wil je vlot goed uitrekenen?",
                    "Hoeveel van die sommen moet {wie} goed hebben, en binnen hoeveel seconden "
                    "per som? Bijvoorbeeld 8 van de 10, binnen 3 seconden.",
                    "Hoeveel van die sommen wil je goed hebben, en hoe snel? Bijvoorbeeld 8 van "
                    "de 10, binnen 3 seconden."),
    "schrijft": ("Welke woorden of spellingcategorieën moet {wie} goed schrijven?",
                 "Welke woorden wil je goed schrijven?",
                 "Hoeveel van die woorden moet {wie} goed schrijven? Bijvoorbeeld 8 van de 10.",
                 "Hoeveel van die woorden wil je goed schrijven? Bijvoorbeeld 8 van de 10."),
    "leest": ("Met welke toets of tekst meet je het lezen van {wie} (DMT, AVI)?",
              "Welke teksten wil je lezen?",
              "Hoeveel woorden per minuut moet {wie} lezen? Bijvoorbeeld 40 op DMT-kaart 2.",
              "Hoeveel woorden per minuut wil je lezen?"),
}
_TERMIJNVRAAG: Final = "Wanneer kijk je of het gelukt is?"
# De vraag naar de maat volgt de open plek in het voorstel ("[x] minuten": hoe lang).
_VRAAG_BIJ_PLEK: Final = (
    ("goed binnen [y] minuten", "Hoeveel sommen moet {wie} goed hebben, en in hoeveel tijd? "
                                "Bijvoorbeeld 20 binnen 2 minuten."),
    ("binnen [x] minuten", "Hoe snel moet {wie} het doen? Bijvoorbeeld binnen 5 minuten."),
    ("[x] minuten", "Hoe lang moet {wie} het volhouden? Bijvoorbeeld 10 minuten achter elkaar."),
    ("[x] fouten", "Hoeveel fouten mag {wie} hooguit maken, en waarin? Bijvoorbeeld 3 per "
                   "dictee."),
    ("[x] woorden per minuut", "Hoeveel woorden per minuut moet {wie} lezen? Bijvoorbeeld 40 op "
                               "DMT-kaart 2."),
    ("van de rubric", "Welk niveau van de rubric moet {wie} halen? Bijvoorbeeld niveau 3."),
    ("keer per [dag", "Hoe vaak moet {wie} het doen? Bijvoorbeeld minstens 2 keer per dag."),
    ("AVI-niveau [x]", "Welk AVI-niveau moet {wie} halen? Bijvoorbeeld AVI-E4."),
    ("[x] dagen per week", "Op hoeveel dagen per week moet {wie} het laten zien? Bijvoorbeeld "
                           "5."),
    ("[x] van de [y] keer", "Hoe vaak moet het {wie} lukken? Bijvoorbeeld 4 van de 5 keer."),
    ("minstens [x]", "Hoeveel moet {wie} er minstens maken of doen, en in welke tijd? "
                      "Bijvoorbeeld 5 per week."),
)


def _vragen(
    a: Analyse, ontbreekt: tuple[str, ...], persoon: str, voorstel: str = "",
    trap_gevraagd: bool = False,
) -> tuple[str, ...]:
    vragen = []
    if "gedrag" in ontbreekt:
        soorten = {v.soort for v in a.vondsten}
        if "negatief" in soorten:
            vragen.append(f"Wat doet {persoon} wél, in plaats van wat niet meer mag?")
        elif "volwassene" in soorten:
            vragen.append(f"Wat laat {persoon} zelf zien als de hulp werkt?")
        else:
            vragen.append(f"Wat zie of hoor je {persoon} doen als het doel gehaald is?")
    trap = (manier_trap(a) if "criterium" in ontbreekt and "gedrag" not in ontbreekt
            and not trap_gevraagd else None)
    if trap is not None:
        vragen.append(f"Waaraan zie of hoor je dat {persoon} het {trap} doet, en hoe vaak moet "
                      "dat lukken? Bijvoorbeeld 4 van de 5 keer.")
    elif "criterium" in ontbreekt:
        vraag = next((v for plek, v in _VRAAG_BIJ_PLEK if plek in voorstel),
                     "Hoe vaak of hoe goed moet {wie} het laten zien? Bijvoorbeeld 4 van de 5 "
                     "keer, of 80% goed.")
        vragen.append(vraag.format(wie=persoon))
    if "termijn" in ontbreekt:
        vragen.append(_TERMIJNVRAAG)
    return tuple(vragen)


# In de ik-vorm hangen de vragen niet van de persoon af: per combinatie van wat ontbreekt vooraf.
_IK_VRAAG: Final = {
    "gedrag": "Wat doe je dan precies, zodat de juf of meester het kan zien of horen?",
    "criterium": "Hoe vaak of hoe goed wil je het doen? Bijvoorbeeld 4 van de 5 keer.",
    "termijn": "Wanneer kijken jullie samen of het gelukt is?",
}
_IK_VRAGEN: Final = {
    combinatie: tuple(_IK_VRAAG[e] for e in combinatie)
    for aantal in (1, 2, 3)
    for combinatie in combinations(_IK_VRAAG, aantal)  # houdt de volgorde van de elementen
}
