"""Wie er om het kind heen staan: de gegevens bovenaan het OPP en wie er tekent.

De leerling, de leerkracht en de ouders komen uit het gesprek (rollen `leerkracht`, `ouders`,
`gezag`); de school, de intern begeleider en de directeur uit het schoolprofiel. Op het tekenblad
stelt de directeur het OPP vast namens het bevoegd gezag, kruist elke ouder met gezag aan of die
instemt met het handelingsdeel, en tekenen ouders, kind, leerkracht en IB'er voor gezien.
"""

from __future__ import annotations

import re
from datetime import date

from assistent.kern.concept.feiten import generieke_blokken, vormen, weergave
from assistent.kern.concept.model import (
    Blok,
    Feiten,
    Gegevens,
    Ondertekening,
    Tekenblok,
    Tekenregel,
    nog_invullen,
)
from assistent.kern.school import VELDEN, Schoolprofiel

# Alleen de rollen op het tekenblad, geen vraagrollen.
OUDER_1 = "Ouder/verzorger 1 (met gezag)"
OUDER_2 = "Ouder/verzorger 2 (met gezag)"
INSTEMMING = ("stemt in", "stemt niet in")
# Deze rollen staan in de gegevens op een vaste plek; de rest van de sectie komt eronder.
VASTE_ROLLEN = frozenset({"naam", "groep", "voornaamwoord", "leerkracht", "ouders", "gezag"})
_RELATIE = re.compile(r"^(?P<naam>.*?)\s*\((?P<relatie>[^()]*)\)\s*$")


def ouders(feiten: Feiten) -> list[tuple[str, str]]:
    """(naam, relatie) per ouder of verzorger, uit 'naam (relatie)' op elke regel."""
    waarde = feiten.rol("ouders")
    if isinstance(waarde, list):
        regels = [str(w) for w in waarde]
    elif isinstance(waarde, str):
        regels = waarde.splitlines()
    else:
        return []
    uit: list[tuple[str, str]] = []
    for regel in (r.strip(" -•\t") for r in regels):
        if not regel:
            continue
        gevonden = _RELATIE.match(regel)
        uit.append((gevonden["naam"], gevonden["relatie"]) if gevonden else (regel, ""))
    return uit


def _tekst(feiten: Feiten, rol: str) -> str:
    feit = feiten.feit(rol)
    if feit is None or feit.waarde is None or feit.waarde == "":
        return ""
    return weergave(feit.vraag, feit.waarde, vormen(feiten))


def gegevens(feiten: Feiten, school: Schoolprofiel, vandaag: date) -> list[Blok]:
    """Leerling, leerkracht, ouders en gezag, dan de school: een overzicht in één blok."""
    vw = vormen(feiten)
    groep = _tekst(feiten, "groep")
    regels: list[tuple[str, str]] = [
        ("Leerling", vw["naam"] if feiten.rol("naam") else nog_invullen("naam")),
        ("Groep", groep or nog_invullen("groep")),
    ]
    if feiten.feit("leerkracht") is not None:
        regels.append(("Leerkracht", _tekst(feiten, "leerkracht") or nog_invullen("leerkracht")))
    if feiten.feit("ouders") is not None:
        namen = [f"{n} ({r})" if r else n for n, r in ouders(feiten)]
        regels.append(("Ouders/verzorgers", "\n".join(namen) or nog_invullen("ouders")))
    if feiten.feit("gezag") is not None:
        regels.append(("Ouderlijk gezag", _tekst(feiten, "gezag") or nog_invullen("gezag")))
    for veld in ("school", "intern_begeleider", "directeur"):
        label = VELDEN[veld][0]
        regels.append((label, school.waarde(veld) or nog_invullen(label.lower())))
    regels.append(("Schooljaar", school.jaar(vandaag)))
    for veld in ("bestuur", "samenwerkingsverband"):
        if school.waarde(veld):
            regels.append((VELDEN[veld][0], school.waarde(veld)))
    blokken: list[Blok] = [Gegevens(tuple(regels))]
    rest = generieke_blokken(feiten, ("leerling",), "Gegevens", zonder=VASTE_ROLLEN)
    blokken.extend(b for b in rest if getattr(b, "herkomst", "") != "ontbreekt")
    return blokken


def gezagsregels(feiten: Feiten) -> list[Tekenregel]:
    """Eén regel per ouder met gezag, met de naam als die bekend is."""
    bekend = ouders(feiten)
    gezag = feiten.rol("gezag")
    if gezag == "voogd":
        voogd = next((n for n, r in bekend if "voogd" in r.lower()), "")
        return [Tekenregel("Voogd", voogd, INSTEMMING)]
    if gezag == "een":
        naam = bekend[0][0] if len(bekend) == 1 else ""
        return [Tekenregel("Ouder/verzorger met gezag", naam, INSTEMMING)]
    namen = [n for n, _ in bekend[:2]] + ["", ""]
    return [Tekenregel(OUDER_1, namen[0], INSTEMMING), Tekenregel(OUDER_2, namen[1], INSTEMMING)]


def ondertekening(feiten: Feiten, school: Schoolprofiel) -> Ondertekening:
    vw = vormen(feiten)
    bestuur = f" ({school.bestuur})" if school.bestuur else ""
    gezag = gezagsregels(feiten)
    groep = feiten.rol("groep")
    titel = f"Ondertekening OPP van {vw['naam']}"
    if isinstance(groep, int | float) and not isinstance(groep, bool):
        titel += f", groep {groep:g}"
    return Ondertekening(
        titel=titel,
        blokken=(
            Tekenblok(
                "Vastgesteld door de school",
                f"De directeur stelt het OPP vast namens het bevoegd gezag{bestuur}, na het "
                "overleg met ouders.",
                (Tekenregel("Directeur", school.directeur),),
            ),
            Tekenblok(
                "Instemming met het handelingsdeel",
                "Elke ouder met gezag kruist aan of die instemt met het handelingsdeel: de "
                f"doelen, de aanpak en de afspraken. Ook zonder instemming krijgt {vw['naam']} "
                f"de ondersteuning die {vw['hij']} nodig heeft.",
                tuple(gezag),
            ),
            Tekenblok(
                "Voor gezien (het hele OPP)",
                "Met een handtekening laat je zien dat je het OPP hebt gelezen en besproken. "
                "Het betekent niet dat je het overal mee eens bent.",
                (
                    *(Tekenregel(r.rol, r.naam) for r in gezag),
                    Tekenregel("Kind", vw["naam"] if feiten.rol("naam") else ""),
                    Tekenregel("Leerkracht", _tekst(feiten, "leerkracht")),
                    Tekenregel("Intern begeleider", school.intern_begeleider),
                ),
            ),
        ),
        opmerkingen="Opmerkingen of bezwaren van ouders of kind",
        toelichting=(
            "Tekent één ouder met gezag? Dan mag de school, als zij te goeder trouw handelt, "
            "aannemen dat die ouder ook namens de andere ouder met gezag tekent, tenzij de "
            "school weet dat de ouders het hier niet over eens zijn."
        ) if len(gezag) > 1 else "",
    )
