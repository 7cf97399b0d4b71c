"""Story -> theme map for devtwins. Stories sharing a theme are different events of the same kind."""

THEMES = {
    # storms
    "storm-odile": "storms", "storm-quirin": "storms",
    "single-storm-cantabria": "storms",
    # bank fines (a triple)
    "fine-hanzebank": "bank-fines", "fine-atlantico": "bank-fines", "fine-wislanski": "bank-fines",
    # polls
    "poll-meridia": "polls", "poll-kompas": "polls", "single-poll-tyrol": "polls",
    # factory fires
    "fire-bremerhaven": "factory-fires", "fire-venissieux": "factory-fires", "single-fire-livorno": "factory-fires",
    # rail strikes
    "strike-rail-italy": "rail-strikes", "strike-rail-nordbahn": "rail-strikes",
    # layoffs
    "layoffs-vogtmann": "layoffs", "layoffs-tarnovia": "layoffs", "single-layoffs-brewery": "layoffs",
    # outbreaks
    "outbreak-lviv": "outbreaks", "outbreak-krakow": "outbreaks",
    # transfers
    "transfer-salvatierra": "transfers", "transfer-kowalczyk": "transfers",
    # court verdicts
    "verdict-porto": "court-verdicts", "verdict-innsbruck": "court-verdicts",
    # data breaches
    "breach-veiligzorg": "data-breaches", "breach-nordkauf": "data-breaches", "single-breach-school": "data-breaches",
    # price rises
    "price-fuel-poland": "price-rises", "price-bread-italy": "price-rises", "single-coffee-zwolle": "price-rises",
    # mine accidents
    "mine-ruda": "mine-accidents", "mine-kuzbass": "mine-accidents", "single-mine-drill": "mine-accidents",
    # other singletons
    "single-toronto-bridge": "transport", "single-lviv-trams": "transport", "single-samara-museum": "culture",
    "single-douro-harvest": "agriculture", "single-innsbruck-ski": "sport", "single-lyon-marathon": "sport",
    "single-bremen-port": "transport",
}
