"""De rekendelen van de doelcheck gecompileerd laden, als dat kan; anders gewoon als Python.

De doelcheck draait bij elke toetsaanslag. Bij de installatie compileert `hatch_build.py` de
modules in `MODULES` met mypyc naar de map `_versneld`, als er een C-compiler is. Deze module
laat Python dan die gecompileerde modules laden in plaats van de .py-bestanden, maar alleen als:

- `OPP_ASSISTENT_PUUR` niet gezet is (voor wie het verschil wil zien of een fout zoekt);
- er een build is voor deze Python-versie;
- de bronbestanden nog precies zijn wat er gecompileerd is. Na een wijziging zonder nieuwe
  installatie zou anders oude code draaien.

Lukt een van die drie niet, dan laadt Python de .py-bestanden: dezelfde uitkomst, alleen
langzamer. De gecompileerde modules staan in een eigen map, zodat ze de bronnen nooit stilletjes
vervangen; alleen `_Zoeker` wijst ernaar. Deze module laadt bij het importeren niets extra's.
"""

from __future__ import annotations

import os
import sys

# Alleen voor mypy; `typing` importeren kost hier meer dan de rest van de kern samen, en de
# importlib-delen zijn pas nodig bij de eerste doelcheckmodule.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

PAKKET = "assistent.kern"
# Samen gecompileerd: ze roepen elkaar rechtstreeks aan. `doelcheck.py` zelf blijft Python; het
# is de openbare kant, met dataclasses die hun eigen `__dict__` vullen.
MODULES = (
    "doelcheck_woorden",
    "doelcheck_patronen",
    "doelcheck_regels",
    "doelcheck_herkenning",
    "doelcheck_tekst",
)
GROEP = "_doelcheck"  # mypyc noemt de gedeelde bibliotheek `assistent.kern._doelcheck__mypyc`
GEBOUWD = (*MODULES, GROEP + "__mypyc")  # wat de build oplevert, elk als eigen bestand
# Alleen namen die hiermee beginnen, kunnen gecompileerd zijn; de rest laat de zoeker meteen los.
_VOORVOEGSELS = (f"{PAKKET}.doelcheck_", f"{PAKKET}.{GROEP}")
MAP = "_versneld"
BRONNEN = "bronnen.txt"  # per module de vingerafdruk van de gecompileerde bron
PUUR = "OPP_ASSISTENT_PUUR"

_KERN = os.path.dirname(os.path.abspath(__file__))


def vingerafdruk(bron: bytes) -> str:
    """Genoeg om een gewijzigd bronbestand te herkennen; geen beveiliging."""
    import zlib

    return f"{zlib.crc32(bron):08x}-{len(bron)}"


def gecompileerde_paden(kern: str = _KERN) -> dict[str, str] | None:
    """Modulenaam → gecompileerd bestand, of None als de build ontbreekt of niet meer past."""
    from importlib.machinery import EXTENSION_SUFFIXES

    map_ = os.path.join(kern, MAP)
    try:
        with open(os.path.join(map_, BRONNEN), encoding="utf-8") as bestand:
            regels = dict(regel.split(" ", 1) for regel in bestand.read().splitlines() if regel)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if set(regels) != set(MODULES):
        return None
    achtervoegsel = EXTENSION_SUFFIXES[0]  # van deze Python: ".cpython-311-x86_64-linux-gnu.so"
    paden = {}
    for module in GEBOUWD:
        if module in regels:
            try:
                with open(os.path.join(kern, module + ".py"), "rb") as bron:
                    if vingerafdruk(bron.read()) != regels[module]:
                        return None
            except OSError:
                return None
        pad = os.path.join(map_, module + achtervoegsel)
        if not os.path.isfile(pad):
            return None
        paden[f"{PAKKET}.{module}"] = pad
    return paden


class _Zoeker:
    """Vindt de gecompileerde modules; elke andere import laat hij aan Python over."""

    def __init__(self, kern: str = _KERN) -> None:
        self.kern = kern
        self.paden: dict[str, str] | None = None  # pas bij de eerste doelcheckmodule bekeken

    def find_spec(
        self, naam: str, pad: Sequence[str] | None = None, doel: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not naam.startswith(_VOORVOEGSELS):
            return None
        if self.paden is None:
            self.paden = gecompileerde_paden(self.kern) or {}
        bestand = self.paden.get(naam)
        if bestand is None:
            return None
        from importlib.machinery import ExtensionFileLoader, ModuleSpec

        spec = ModuleSpec(naam, ExtensionFileLoader(naam, bestand), origin=bestand)
        spec.has_location = True
        return spec


def installeer() -> None:
    """Zet de zoeker vooraan, tenzij `OPP_ASSISTENT_PUUR` gezet is of hij er al staat."""
    if os.environ.get(PUUR) or any(isinstance(z, _Zoeker) for z in sys.meta_path):
        return
    sys.meta_path.insert(0, _Zoeker())


def actief() -> bool:
    """Draait de doelcheck nu gecompileerd? (Waar na de eerste controle; daarvoor onbekend.)"""
    from importlib.machinery import EXTENSION_SUFFIXES

    module = sys.modules.get(f"{PAKKET}.{MODULES[0]}")
    bestand = getattr(module, "__file__", None) or ""
    return bestand.endswith(tuple(EXTENSION_SUFFIXES))
