"""De woordenlijsten zoals de regels ze gebruiken: samengevoegd en voorbewerkt.

Eén keer gebouwd per woordenboek (de ingebouwde lijsten, eventueel met die van de school), in
`woorden.bouw_woorden`; een regel zoekt er per doel alleen in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from assistent.kern.doelcheck.grammatica import GEEN_WERKWOORD, PARTIKELS


@dataclass(frozen=True)
class Regellijsten:
    waarneembaar: frozenset[str]  # werkwoorden voor zichtbaar of hoorbaar gedrag
    # Werkwoorden die als persoonsvorm nog geen gedrag zijn (hulp-, koppel- en vage werkwoorden).
    geen_gedrag: frozenset[str]
    werkwoorden: frozenset[str]  # alle werkwoorden uit de lijsten
    vage_werkwoorden: frozenset[str]
    stopwerkwoorden: frozenset[str]  # "stoppen", "ophouden"
    # Waarneembaar met een tweede werkwoord ("laten zien"): het eerste → de mogelijke tweede.
    tweede_werkwoord: Mapping[str, frozenset[str]]
    # Vormen die met een partikel ervoor waarneembaar worden of een tweede werkwoord krijgen
    # ("ruim" → "opruimen").
    na_partikel: frozenset[str]
    vage_paren: Mapping[str, str]  # "werken aan": werkwoord → voorzetsel
    ontvangwerkwoorden: frozenset[str]  # "krijgen": inzet van een volwassene
    zelf_te_volgen: frozenset[str]  # "een stappenplan": dat volgt de leerling zelf
    volwassen_handelingen: frozenset[str]  # "begeleiden", "geven"
    koppelwerkwoorden: frozenset[str]
    oordeelwoorden: frozenset[str]  # "lui", "onrustig"
    vergrotende_trappen: frozenset[str]
    ontkenningen: frozenset[str]  # "niet", "nooit", "geen"
    aanleidingen: frozenset[str]  # "als", "belsignaal": een stop met aanleiding is gedrag
    geen_maat_voor: frozenset[str]  # een getal na deze woorden is geen maat ("groep 5")
    geen_maat_voor_laatste: frozenset[str]  # het laatste woord van elk van die woorden
    geen_maat_na: frozenset[str]  # een getal vóór deze woorden is een leeftijd ("8 jaar")
    tijdwoorden: frozenset[str]  # maanden, feestdagen, weekdagen: met hoofdletter geen naam
    geen_persoon: frozenset[str]  # "er", "dit", "twee": vooraan, maar nooit de leerling
    # Wederkerend voor een gevoel ("zorgen maken"): per werkwoord de woorden die erbij horen.
    wederkerend: Mapping[str, tuple[frozenset[str], ...]]
    # Een manier die pas vaag is zonder een van haar woorden ("gepast" → "betaalt", "euro").
    manier_tenzij: Mapping[str, frozenset[str]]
    manieren: frozenset[str]  # oordelen over hoe ("taakgericht"), ook vergeleken vaag

    @classmethod
    def uit(cls, lijsten: Mapping[str, frozenset[str]]) -> Regellijsten:
        def lijst(naam: str) -> frozenset[str]:
            return lijsten.get(naam, frozenset())

        def samen(*namen: str) -> frozenset[str]:
            return frozenset().union(*(lijst(naam) for naam in namen))

        waarneembaar = lijst("gedrag.waarneembaar")
        tweede = _tweede_werkwoorden(waarneembaar)
        geen_maat_voor = lijst("criterium.getal_geen_maat_voor")
        return cls(
            waarneembaar=waarneembaar,
            geen_gedrag=samen(
                "gedrag.niet_waarneembaar", "interpretatie.koppelwerkwoorden", "vaag.werkwoorden"
            ),
            werkwoorden=samen(
                "gedrag.waarneembaar",
                "gedrag.niet_waarneembaar",
                "vaag.werkwoorden",
                "volwassene.ontvangen",
                "interpretatie.koppelwerkwoorden",
            ),
            vage_werkwoorden=lijst("vaag.werkwoorden"),
            stopwerkwoorden=lijst("negatief.stoppen"),
            tweede_werkwoord=tweede,
            na_partikel=frozenset(
                x[len(p) :]
                for x in tweede.keys() | waarneembaar
                for p in PARTIKELS
                if x.startswith(p) and len(x) > len(p)
            ),
            vage_paren=_vage_paren(lijst("vaag.uitdrukkingen")),
            ontvangwerkwoorden=lijst("volwassene.ontvangen"),
            zelf_te_volgen=lijst("volwassene.zelf_te_volgen"),
            volwassen_handelingen=lijst("volwassene.handelingen"),
            koppelwerkwoorden=lijst("interpretatie.koppelwerkwoorden"),
            oordeelwoorden=lijst("interpretatie.woorden"),
            vergrotende_trappen=lijst("vergelijking.woorden"),
            ontkenningen=lijst("negatief.woorden"),
            aanleidingen=lijst("negatief.aanleiding"),
            geen_maat_voor=geen_maat_voor,
            geen_maat_voor_laatste=frozenset(x.split()[-1] for x in geen_maat_voor if x.split()),
            geen_maat_na=lijst("criterium.getal_geen_maat_na"),
            tijdwoorden=samen("termijn.maanden", "termijn.feestdagen", "termijn.weekdagen"),
            geen_persoon=samen("onderwerp.geen_persoon", "getallen.woorden"),
            wederkerend=_wederkerend(lijst("vaag.wederkerend")),
            manier_tenzij={naam[len("tenzij."):].strip().lower(): woorden
                           for naam, woorden in lijsten.items() if naam.startswith("tenzij.")},
            manieren=lijst("vaag.manier"),
        )


def _tweede_werkwoorden(waarneembaar: frozenset[str]) -> dict[str, frozenset[str]]:
    """Waarneembare uitdrukkingen van twee werkwoorden ("laten zien"), op het eerste woord."""
    uit: dict[str, set[str]] = {}
    for zin in sorted(waarneembaar):
        delen = zin.split()
        if len(delen) == 2 and all(d.endswith("en") for d in delen):
            uit.setdefault(delen[0], set()).add(delen[1])
    return {k: frozenset(v) for k, v in uit.items()}


def _vage_paren(uitdrukkingen: frozenset[str]) -> dict[str, str]:
    """Vage uitdrukkingen van werkwoord en voorzetsel ("werken aan"), op het werkwoord."""
    uit: dict[str, str] = {}
    for zin in sorted(uitdrukkingen):
        delen = zin.split()
        if len(delen) == 2 and delen[0].endswith("en") and delen[1] in GEEN_WERKWOORD:
            uit[delen[0]] = delen[1]
    return uit


def _wederkerend(zinnen: frozenset[str]) -> dict[str, tuple[frozenset[str], ...]]:
    """Per werkwoord de andere woorden die erbij moeten staan ("zorgen maken": "zorgen")."""
    uit: dict[str, tuple[frozenset[str], ...]] = {}
    for zin in sorted(zinnen):
        *nodig, werkwoord = zin.split()
        uit[werkwoord] = (*uit.get(werkwoord, ()), frozenset(nodig))
    return uit
