"""De kern: de domeinlogica van de assistent, zonder Textual."""

from assistent.kern import versnelling as _versnelling

_versnelling.installeer()  # de gecompileerde doelcheck, als die er is (zie `versnelling`)
