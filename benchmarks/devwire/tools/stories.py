"""Stories (one real-world event + follow-ups) and their themes."""

STORIES = {
    # public health
    "measles-silesia": ("public-health", "Measles outbreak in Silesia, Poland; case count updated 2,416 -> 2,731"),
    "measles-andalusia": ("public-health", "Separate measles outbreak in Seville province, Spain (different event, same theme)"),
    "waiting-lists-wales": ("public-health", "Welsh hospital waiting list reaches 791,000"),
    # transport
    "rail-verona": ("transport", "Regional train derailment near Verona; toll updated 4 -> 6"),
    "strike-nordstern": ("transport", "Pilots' strike at (fictional) German airline Nordstern Air"),
    "strike-iberalia": ("transport", "Cabin-crew strike at (fictional) Spanish airline Iberalia (different event, same theme)"),
    # war
    "drone-kharkiv": ("war-ukraine", "Night drone attack on Kharkiv, 6 killed"),
    "drone-odesa": ("war-ukraine", "Drone attack on Odesa eight days later, 3 killed (different event, same theme)"),
    "prisoner-exchange": ("war-ukraine", "Prisoner exchange, 157 for 157"),
    "evacuation-sumy": ("war-ukraine", "Evacuation of Sumy border villages, 23,500 then 31,000"),
    # economy / finance
    "layoffs-valtermann": ("economy", "Car supplier Valtermann cuts 1,200 jobs"),
    "takeover-portalis": ("economy", "Energetica Adriatica bids EUR 3.8bn for Portalis, raised to EUR 4.1bn"),
    "fine-hanse": ("economy", "German supervisor fines Hanseatische Kreditbank EUR 50m"),
    "fine-wislany": ("economy", "Polish supervisor fines Bank Wiślany PLN 36m (different event, same theme)"),
    # energy
    "blackout-sao-paulo": ("energy", "Blackout in Greater São Paulo, 2.27 million homes (rounded to 2.3 million later)"),
    "wind-baltic": ("energy", "Approval of the 1,140 MW Jantar Wind offshore farm in the Baltic"),
    "gas-prices": ("energy", "European gas price jumps 18% after a Norwegian field outage"),
    "reactor-restart": ("energy", "Restart of a 1,300 MW reactor on the Rhône"),
    # politics
    "vote-swiss": ("politics", "Swiss national vote on an alpine transit levy"),
    "poll-kompass": ("politics", "Kompass poll on a German motorway speed limit (61%)"),
    "poll-demoskopia": ("politics", "Demoskopia Nord poll on the same question a week later (57%) - different event"),
    # agriculture
    "farmers-paris": ("agriculture", "Farmers' march in Paris: organisers 60,000, police 18,500"),
    "birdflu-gelderland": ("agriculture", "Bird flu cull of 310,000 chickens in Gelderland"),
    "frost-murcia": ("agriculture", "Frost damages 8,400 ha of almond orchards in Murcia"),
    "grain-odesa": ("agriculture", "January grain exports through Odesa-region ports"),
    # science
    "grant-delft": ("science", "EUR 50m EU grant for a Delft quantum centre"),
    "lander-artemide": ("science", "Launch of the Italian lunar lander Artemide from Kourou"),
    # sport
    "transfer-mourao": ("sport", "Transfer of striker Tiago Mourão to FC Rheinhafen"),
    # singletons
    "single-seville-marathon": ("sport", "Seville marathon result"),
    "single-ski-garmisch": ("sport", "Women's downhill in Garmisch-Partenkirchen"),
    "single-hockey-spb": ("sport", "Ice-hockey match in St Petersburg"),
    "single-lagunare-football": ("sport", "Italian league match of Lagunare FC"),
    "single-cadiz-cycling": ("sport", "Cycling stage near Cádiz"),
    "single-saint-aubin-football": ("sport", "French football match and arrests"),
    "single-lyon-museum": ("culture", "Visitor numbers of a Lyon museum"),
    "single-venice-carnival": ("culture", "Venice carnival parade"),
    "single-sao-paulo-carnival": ("culture", "São Paulo carnival parades"),
    "single-fontanka-premiere": ("culture", "Theatre premiere in St Petersburg"),
    "single-library-closures": ("culture", "Library closures in northern England"),
    "single-rotterdam-bridge": ("transport", "Rotterdam bridge closed for repairs"),
    "single-toronto-transit": ("transport", "Toronto transit ridership figures"),
    "single-kyiv-metro": ("transport", "Kyiv metro passenger figures"),
    "single-kyiv-power-cuts": ("energy", "Scheduled power cuts in Kyiv"),
    "single-krakow-budget": ("politics", "Kraków participatory budget vote"),
    "single-retail-pay-deal": ("economy", "Retail pay deal in North Rhine-Westphalia"),
    "single-cadiz-cruises": ("economy", "Cruise calls at the port of Cádiz"),
    "single-toronto-snow": ("weather", "Snowstorm in Toronto"),
}
