"""Story -> theme map for heldout5. Stories sharing a theme are different events of the same kind."""

THEMES = {
    # coach and bus crashes
    "bus-villach": "bus-accidents", "bus-lviv": "bus-accidents", "single-bus-winnipeg": "bus-accidents",
    # ferry accidents
    "ferry-ancona": "ferry-accidents", "ferry-thessaloniki": "ferry-accidents",
    # bridge closures
    "bridge-garonne": "bridge-closures", "bridge-opole": "bridge-closures",
    # airline cancellations
    "airline-aliserena": "airline-cancellations", "airline-iberazur": "airline-cancellations",
    # corruption arrests of mayors (a triple)
    "mayor-pavlohrad": "mayor-arrests", "mayor-torrevieja": "mayor-arrests", "mayor-chieti": "mayor-arrests",
    "single-mayor-krynica": "mayor-arrests",
    # drug seizures in ports
    "drugs-antwerp": "drug-seizures", "drugs-valencia": "drug-seizures",
    "single-drugs-yekaterinburg": "drug-seizures",
    # hospital strikes
    "strike-doctors-wroclaw": "hospital-strikes", "strike-nurses-coimbra": "hospital-strikes",
    "single-strike-ancona": "hospital-strikes",
    # wildfires (one multi-item story, two singletons)
    "wildfire-asturias": "wildfires", "single-wildfire-dartmoor": "wildfires",
    "single-wildfire-cantabria": "wildfires",
    # earthquakes
    "quake-marche": "earthquakes", "quake-calabria": "earthquakes", "single-quake-guadix": "earthquakes",
    # cyberattacks on cities
    "cyber-gent": "city-cyberattacks", "cyber-magdeburg": "city-cyberattacks",
    "single-cyber-montauban": "city-cyberattacks",
    # flood evacuations
    "flood-zakarpattia": "flood-evacuations", "flood-nowysacz": "flood-evacuations",
    "single-flood-redriver": "flood-evacuations",
    # food recalls (listeria)
    "recall-sausage": "food-recalls", "recall-cheese": "food-recalls", "single-recall-chocolate": "food-recalls",
    # football coach sackings
    "sack-coimbra": "coach-sackings", "sack-dnipro": "coach-sackings",
    # other singletons (same city as a story, different subject)
    "single-ancona-museum": "culture", "single-uzhhorod-sakura": "culture", "single-valencia-fallas": "culture",
    "single-wroclaw-zoo": "culture", "single-magdeburg-budget": "local-politics",
    "single-agen-budget": "local-politics", "single-coimbra-halfmarathon": "sport",
}
