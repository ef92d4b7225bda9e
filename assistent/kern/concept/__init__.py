"""Het documentmodel en wat het bouwt: `OppConcept`, de bouwers en de volledigheidscheck."""
