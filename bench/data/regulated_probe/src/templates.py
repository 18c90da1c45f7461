# -*- coding: utf-8 -*-
# Templates for make.py.  This file is exec'd inside make.py's namespace (it uses its
# helpers); do not run it on its own.  Each template returns (template, values);
# ⟦name⟧ marks a slot, T(value, TYPE) marks an annotated value.

# ====================================================================== PASSWORD
@tpl(PW, "en")
def pw_chat_portal(lang):
    f, l = first("en"), last("en")
    return ("hey can u log into the vendor portal for me?? user is ⟦u⟧ pw is ⟦p⟧ , i keep getting locked "
            "out and i have the call w/ ⟦co⟧ in 10 min",
            {"u": uname(f, l), "p": T(pw(), PW), "co": pick(COMPANIES)})


@tpl(PW, "en")
def pw_ticket_outlook(lang):
    f, l = first("en"), last("en")
    return ("Ticket INC00⟦tn⟧ | Priority: P3 | Category: Access\nRequester: ⟦name⟧ (Finance)\n\n"
            "Description:\nCannot sign in to Outlook since the Windows update this morning. Current password is ⟦p1⟧ "
            "and I also tried my old one ⟦p2⟧ in case it didn't sync. Please check if the account is locked.\n\n"
            "-- \n⟦name⟧\nAccounts Payable Specialist | ⟦co⟧\nDirect: +1 (614) 555-01⟦ph⟧",
            {"tn": rs(DIG, 5), "name": f + " " + l, "p1": T(pw(), PW), "p2": T(pw("wordyear"), PW),
             "co": pick(COMPANIES), "ph": rs(DIG, 2)})


@tpl(PW, "en")
def pw_env_file(lang):
    return ("app won't boot in prod, getting `password authentication failed for user \"app_rw\"`. here's the .env "
            "(dont judge)\n\nNODE_ENV=production\nPORT=8080\nDB_HOST=10.20.3.14\nDB_USER=app_rw\nDB_PASSWORD=⟦p⟧\n"
            "REDIS_URL=redis://:⟦p2⟧@cache-01.internal:6379/0\nLOG_LEVEL=debug",
            {"p": T(pw(syms=SYM_ENV), PW), "p2": T(pw("random", SYM_URL), PW)})


@tpl(PW, "en")
def pw_compose(lang):
    p = pw(syms=SYM_ENV)
    return ("Why does the db container keep restarting? compose file below\n\nservices:\n  db:\n    image: postgres:16\n"
            "    environment:\n      POSTGRES_USER: keycloak\n      POSTGRES_PASSWORD: \"⟦p⟧\"\n      POSTGRES_DB: keycloak\n"
            "  keycloak:\n    image: quay.io/keycloak/keycloak:25.0\n    command: start-dev\n    environment:\n"
            "      KC_DB: postgres\n      KC_DB_USERNAME: keycloak\n      KC_DB_PASSWORD: \"⟦p⟧\"\n"
            "      KEYCLOAK_ADMIN: admin\n      KEYCLOAK_ADMIN_PASSWORD: ⟦p2⟧\n",
            {"p": T(p, PW), "p2": T(pw("random", SYM_URL), PW)})


@tpl(PW, "en")
def pw_shell_history(lang):
    return ("ok so this is what i ran before it broke:\n\n  498  cd /opt/inventory\n  499  sudo systemctl stop inventory\n"
            "  500  mysqldump -u root -p⟦p⟧ inventory > /tmp/inv.sql\n"
            "  501  mysql -h db02 -u root -p⟦p⟧ inventory < /tmp/inv.sql\n  502  sudo systemctl start inventory\n"
            "  503  journalctl -u inventory -n 50\n\nwhy is the app still pointing at db01?",
            {"p": T(pw(pick(["random", "wordyear", "leet"]), SYM_URL), PW)})


@tpl(PW, "en")
def pw_curl_basic(lang):
    f, l = first("en"), last("en")
    return ("curl -s -u ⟦u⟧:⟦p⟧ \"https://jenkins.⟦dom⟧/job/release-pipeline/lastBuild/api/json\" | jq .result\n\n"
            "returns 401 even though the same creds work in the browser. any idea?",
            {"u": uname(f, l), "p": T(pw(pick(["random", "wordyear"]), SYM_URL), PW), "dom": pick(DOMAINS)})


@tpl(PW, "en")
def pw_json_smtp(lang):
    f, l = first("en"), last("en")
    d = pick(DOMAINS)
    return ("Can you tell me why nodemailer throws EAUTH with this config?\n\n{\n  \"smtp\": {\n"
            "    \"host\": \"smtp.office365.com\",\n    \"port\": 587,\n    \"secure\": false,\n    \"auth\": {\n"
            "      \"user\": \"⟦em⟧\",\n      \"pass\": \"⟦p⟧\"\n    }\n  },\n  \"from\": \"noreply@⟦d⟧\"\n}",
            {"em": email(f, l, d), "p": T(pw(), PW), "d": d})


@tpl(PW, "en")
def pw_sql(lang):
    return ("-- migration 0042_reporting_user.sql\nCREATE USER 'report_ro'@'10.%' IDENTIFIED BY '⟦p⟧';\n"
            "GRANT SELECT ON analytics.* TO 'report_ro'@'10.%';\nALTER USER 'etl_writer'@'%' IDENTIFIED BY '⟦p2⟧';\n"
            "FLUSH PRIVILEGES;\n\nis GRANT SELECT enough for metabase or does it need SHOW VIEW too?",
            {"p": T(pw("random"), PW), "p2": T(pw(), PW)})


@tpl(PW, "en")
def pw_conn_url(lang):
    return ("psycopg2.OperationalError: could not translate host name \"pg-prod-2.internal\" to address\n\n"
            "DATABASE_URL=postgresql://svc_billing:⟦p⟧@pg-prod-2.internal:5432/billing?sslmode=require\n\n"
            "the host resolves fine from my laptop tho, it only fails inside the pod",
            {"p": T(pw(pick(["random", "phrase", "wordyear"]), SYM_URL), PW)})


@tpl(PW, "en")
def pw_slack_wifi(lang):
    a, b = first("en").lower(), first("en").lower()
    return ("#office-chicago\n[09:41] ⟦a⟧: does anyone have the guest wifi for the offsite?\n"
            "[09:42] ⟦b⟧: network is Lakeside-Guest, pass ⟦p⟧\n[09:42] ⟦b⟧: (case sensitive)\n[09:43] ⟦a⟧: ty!!",
            {"a": a, "b": b, "p": T(pw(pick(["wordyear", "leet", "caps"])), PW)})


@tpl(PW, "en")
def pw_email_vpn(lang):
    f, l = first("en"), last("en")
    return ("Subject: Re: VPN access for new laptop\n\nHi Helpdesk,\n\nI'm still getting \"authentication failed\" in "
            "GlobalProtect. To save time: username ⟦u⟧, password ⟦p⟧ (I changed it on Monday). Could someone remote in "
            "this afternoon?\n\nBest regards,\n⟦name⟧\nSenior Accountant\n⟦co⟧\n⟦st⟧, ⟦city⟧",
            {"u": uname(f, l), "p": T(pw(), PW), "name": f + " " + l, "co": pick(COMPANIES),
             "st": pick(STREET["en"]), "city": pick(CITY_EN)})


@tpl(PW, "en")
def pw_pin_bank(lang):
    return ("my banking app pin is ⟦p⟧ and it keeps saying incorrect after 3 tries, will they lock it for good if i "
            "try again?? its ⟦bank⟧",
            {"p": T(pw("pin"), PW), "bank": pick(BANKS_US)})


@tpl(PW, "en")
def pw_ini(lang):
    d = pick(DOMAINS)
    return ("[options]\nadmin_passwd = ⟦p0⟧\ndb_host = 10.40.0.12\ndb_port = 5432\ndb_user = odoo\ndb_password = ⟦p⟧\n"
            "smtp_server = smtp.⟦d⟧\nsmtp_user = noreply@⟦d⟧\nsmtp_password = ⟦p2⟧\n\n"
            "this is my odoo.conf, outgoing mail never works. what am i missing?",
            {"p0": T(pw("random", SYM_ENV), PW), "p": T(pw(syms=SYM_ENV), PW), "p2": T(pw(syms=SYM_ENV), PW), "d": d})


@tpl(PW, "en")
def pw_passphrase(lang):
    return ("I forgot which of these is my 1Password master password, I wrote two down: \"⟦a⟧\" or \"⟦b⟧\". "
            "Is there a way to test which one is right without wiping the vault?",
            {"a": T(pw("phrase_space"), PW), "b": T(pw("phrase"), PW)})



@tpl(PW, "en")
def pw_git_remote(lang):
    f, l = first("en"), last("en")
    d = pick(DOMAINS)
    p = pw(pick(["random", "wordyear"]), SYM_URL)
    u = uname(f, l)
    return ("$ git push origin main\nremote: HTTP Basic: Access denied\nfatal: Authentication failed for "
            "'https://git.⟦d⟧/platform/billing.git/'\n\n$ git remote -v\norigin\thttps://⟦u⟧:⟦p⟧@git.⟦d⟧/platform/billing.git (fetch)\n"
            "origin\thttps://⟦u⟧:⟦p⟧@git.⟦d⟧/platform/billing.git (push)",
            {"d": d, "u": u, "p": T(p, PW)})



# -- foreign-language password templates
@tpl(PW, "de")
def pw_de_portal(lang):
    f, l = first("de"), last("de")
    return ("Hi, kannst du dich kurz im Lieferantenportal einloggen? Benutzer ⟦u⟧, Passwort ⟦p⟧ – ich komm seit "
            "gestern nicht mehr rein und ⟦co⟧ wartet auf die Rechnung.",
            {"u": uname(f, l), "p": T(pw(), PW), "co": pick(COMPANIES)})


@tpl(PW, "de")
def pw_de_email(lang):
    f, l = first("de"), last("de")
    return ("Betreff: Kennwort Buchhaltungs-Postfach\n\nHallo IT-Team,\n\nseit dem Update fragt Outlook ständig nach "
            "dem Kennwort. Das aktuelle ist ⟦p⟧ (vor zwei Wochen geändert). Könnt ihr bitte prüfen, ob das Konto "
            "gesperrt ist?\n\nViele Grüße\n⟦name⟧\nBuchhaltung | ⟦co⟧\nTel. +49 30 5557 ⟦ext⟧",
            {"p": T(pw(), PW), "name": f + " " + l, "co": pick(COMPANIES), "ext": rs(DIG, 3)})


@tpl(PW, "fr")
def pw_fr_portal(lang):
    f, l = first("fr"), last("fr")
    return ("salut, tu peux te connecter au portail fournisseur stp ? identifiant ⟦u⟧ mdp ⟦p⟧ , je suis bloquée "
            "depuis hier et la compta me relance",
            {"u": uname(f, l), "p": T(pw(), PW)})


@tpl(PW, "fr")
def pw_fr_email(lang):
    f, l = first("fr"), last("fr")
    return ("Objet : Accès VPN\n\nBonjour,\n\nJe n'arrive toujours pas à me connecter au VPN depuis mon nouveau "
            "portable. Mon identifiant est ⟦u⟧ et mon mot de passe ⟦p⟧. Pouvez-vous vérifier de votre côté ?\n\n"
            "Cordialement,\n⟦name⟧\nService comptabilité – ⟦co⟧",
            {"u": uname(f, l), "p": T(pw(), PW), "name": f + " " + l, "co": pick(COMPANIES)})


@tpl(PW, "es")
def pw_es_panel(lang):
    f, l = first("es"), last("es")
    return ("oye me pasas el acceso al panel?? ah no espera, ya lo tengo: usuario ⟦u⟧ contraseña ⟦p⟧. "
            "por qué me sale credenciales inválidas??",
            {"u": uname(f, l), "p": T(pw(), PW)})


@tpl(PW, "es")
def pw_es_pin(lang):
    return ("Hola, el PIN de mi tarjeta del banco es ⟦p⟧ y el cajero me dice que es incorrecto. ¿Se bloquea "
            "después de tres intentos? No quiero quedarme sin tarjeta el fin de semana.",
            {"p": T(pw("pin"), PW)})


@tpl(PW, "it")
def pw_it_wifi(lang):
    return ("ciao! la password del wifi in sala riunioni è ⟦p⟧ , me l'ha data ⟦n⟧ stamattina. funziona anche "
            "per la rete a 5GHz?",
            {"p": T(pw(pick(["wordyear", "leet"])), PW), "n": first("it")})


@tpl(PW, "it")
def pw_it_email(lang):
    f, l = first("it"), last("it")
    return ("Oggetto: reset password gestionale\n\nBuongiorno,\nda stamattina il gestionale non accetta più la mia "
            "password (⟦p⟧). Il mio utente è ⟦u⟧. Potete sbloccarlo o resettarla?\n\nGrazie,\n⟦name⟧\nUfficio acquisti",
            {"p": T(pw(), PW), "u": uname(f, l), "name": f + " " + l})


@tpl(PW, "pt")
def pw_pt_portal(lang):
    return ("Olá, não consigo entrar na área de cliente do ginásio. A minha senha é ⟦p⟧ e diz sempre que está "
            "errada. Devo pedir uma nova?",
            {"p": T(pw(), PW)})


@tpl(PW, "pt")
def pw_pt_router(lang):
    return ("bom dia! alguém sabe a palavra-passe do router do escritório? acho que era ⟦p⟧ mas não dá, "
            "o ⟦n⟧ mudou na semana passada?",
            {"p": T(pw(pick(["wordyear", "caps"])), PW), "n": first("pt")})


@tpl(PW, "nl")
def pw_nl_mailbox(lang):
    return ("hoi, het wachtwoord voor de gedeelde mailbox info@⟦d⟧ is ⟦p⟧ , niet doorsturen aub",
            {"d": pick(DOMAINS), "p": T(pw(), PW)})


@tpl(PW, "nl")
def pw_nl_email(lang):
    f, l = first("nl"), last("nl")
    return ("Onderwerp: Inloggen lukt niet\n\nBeste servicedesk,\n\nSinds vanochtend kan ik niet meer inloggen op "
            "het urenportaal. Gebruikersnaam ⟦u⟧, wachtwoord ⟦p⟧. Kunnen jullie kijken of mijn account geblokkeerd "
            "is?\n\nMet vriendelijke groet,\n⟦name⟧",
            {"u": uname(f, l), "p": T(pw(), PW), "name": f + " " + l})


CFG_WRAP = {
    "de": ("Hallo zusammen, beim Start kommt immer ein Authentifizierungsfehler. Hier die Konfiguration:\n\n",
           "\n\nSieht jemand den Fehler?"),
    "fr": ("Bonjour, l'application plante au démarrage avec une erreur d'authentification. Voici ma config :\n\n",
           "\n\nVous voyez le problème ?"),
    "es": ("Hola, me da error de autenticación al arrancar. Esta es mi configuración:\n\n",
           "\n\n¿Qué estoy haciendo mal?"),
    "it": ("Ciao, all'avvio ricevo un errore di autenticazione. Questa è la configurazione:\n\n",
           "\n\nDove sbaglio?"),
    "pt": ("Olá, a aplicação dá erro de autenticação ao arrancar. Segue a configuração:\n\n",
           "\n\nAlguém vê o problema?"),
    "nl": ("Hoi, bij het opstarten krijg ik een authenticatiefout. Dit is mijn configuratie:\n\n",
           "\n\nZien jullie wat er mis is?"),
}


@tpl(PW, *FOREIGN)
def pw_intl_config(lang):
    a, b = CFG_WRAP[lang]
    snip = pick([
        "DB_HOST=db.intern\nDB_PORT=3306\nDB_USERNAME=shop\nDB_PASSWORD=⟦p⟧\nMAIL_MAILER=smtp",
        "spring.datasource.url=jdbc:postgresql://10.0.8.21:5432/erp\nspring.datasource.username=erp_app\n"
        "spring.datasource.password=⟦p⟧",
        "services:\n  mariadb:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: \"⟦p⟧\"\n"
        "      MARIADB_DATABASE: nextcloud",
    ])
    return (a + snip + b, {"p": T(pw(syms=SYM_ENV), PW)})


# ====================================================================== API_KEY
@tpl(AK, "en")
def ak_curl_openai(lang):
    return ("curl https://api.openai.com/v1/chat/completions \\\n  -H \"Content-Type: application/json\" \\\n"
            "  -H \"Authorization: Bearer ⟦k⟧\" \\\n  -d '{\"model\": \"gpt-4o-mini\", \"messages\": "
            "[{\"role\": \"user\", \"content\": \"ping\"}]}'\n\ngetting 429 insufficient_quota but I just topped up??",
            {"k": T(key(pick(["openai", "openai_legacy"])), AK)})


@tpl(AK, "en")
def ak_py_anthropic(lang):
    return ("import anthropic\n\nclient = anthropic.Anthropic(api_key=\"⟦k⟧\")\nmsg = client.messages.create(\n"
            "    model=\"claude-sonnet-4-5\",\n    max_tokens=512,\n    messages=[{\"role\": \"user\", \"content\": prompt}],\n)\n\n"
            "how do I stream this instead of waiting for the whole response?",
            {"k": T(key("anthropic"), AK)})


@tpl(AK, "en")
def ak_env_stripe(lang):
    return ("# .env.production\nSTRIPE_SECRET_KEY=⟦sk⟧\nSTRIPE_WEBHOOK_SECRET=⟦wh⟧\nNEXT_PUBLIC_SITE_URL=https://shop.⟦d⟧\n\n"
            "webhook signature verification fails only in prod, same code as staging. thoughts?",
            {"sk": T(key(pick(["stripe", "stripe_long", "stripe_rk"])), AK), "wh": T(key("whsec"), AK),
             "d": pick(DOMAINS)})


@tpl(AK, "en")
def ak_aws_creds(lang):
    return ("~/.aws/credentials:\n\n[default]\naws_access_key_id = ⟦i1⟧\naws_secret_access_key = ⟦s1⟧\nregion = us-east-1\n\n"
            "[ci]\naws_access_key_id = ⟦i2⟧\naws_secret_access_key = ⟦s2⟧\n\n"
            "which profile does boto3 pick if AWS_PROFILE isn't set?",
            {"i1": T(key("aws_id"), AK), "s1": T(key("aws_secret"), AK), "i2": T(key("aws_id"), AK),
             "s2": T(key("aws_secret"), AK)})


@tpl(AK, "en")
def ak_git_remote_ghp(lang):
    return ("git remote set-url origin https://⟦k⟧@github.com/⟦org⟧/infra-live.git\n\n"
            "after this push works but actions still can't clone the private submodule, why?",
            {"k": T(key(pick(["ghp", "github_pat"])), AK), "org": pick(ORGS)})


@tpl(AK, "en")
def ak_slack_webhook(lang):
    return ("can you write a bash one-liner that posts df -h output to our #ops channel every morning? "
            "webhook is ⟦k⟧",
            {"k": T(key("slack_webhook"), AK)})


@tpl(AK, "en")
def ak_http_dump_jwt(lang):
    d = pick(DOMAINS)
    return ("GET /v2/accounts/me HTTP/1.1\nHost: api.⟦d⟧\nUser-Agent: okhttp/4.12.0\nAccept: application/json\n"
            "Authorization: Bearer ⟦k⟧\n\nHTTP/1.1 403 Forbidden\ncontent-type: application/json\n\n"
            "the token is fresh from the login call, why 403?",
            {"d": d, "k": T(jwt(d), AK)})


@tpl(AK, "en")
def ak_google_maps(lang):
    return ("<script async\n  src=\"https://maps.googleapis.com/maps/api/js?key=⟦k⟧&callback=initMap&libraries=places\">\n"
            "</script>\n\nmap shows 'For development purposes only' watermark, do i need billing enabled?",
            {"k": T(key("google"), AK)})


@tpl(AK, "en")
def ak_yaml_sendgrid(lang):
    return ("notifications:\n  provider: sendgrid\n  sendgrid:\n    api_key: ⟦k⟧\n    from: alerts@⟦d⟧\n  retries: 3\n\n"
            "helm chart ignores this values file, what's the right key path?",
            {"k": T(key("sendgrid"), AK), "d": pick(DOMAINS)})



@tpl(AK, "en")
def ak_hf_chat(lang):
    return ("my hf token ⟦k⟧ gives 403 on meta-llama/Llama-3.1-8B even tho i accepted the license?? do i need a "
            "new one with read scope",
            {"k": T(key("hf"), AK)})


@tpl(AK, "en")
def ak_npmrc(lang):
    org = pick(ORGS)
    return (".npmrc:\n//registry.npmjs.org/:_authToken=⟦k⟧\n@⟦org⟧:registry=https://npm.pkg.github.com\n"
            "//npm.pkg.github.com/:_authToken=⟦g⟧\n\nnpm ci fails with E401 on the scoped packages only",
            {"k": T(key("npm"), AK), "org": org, "g": T(key("ghp"), AK)})


@tpl(AK, "en")
def ak_gitlab_log(lang):
    return ("Running with gitlab-runner 17.5.2 on docker-runner-03\n$ git clone https://oauth2:⟦k⟧@gitlab.⟦d⟧/data/etl.git\n"
            "Cloning into 'etl'...\nremote: HTTP Basic: Access denied. The provided password or token is incorrect "
            "or your account has 2FA enabled\nERROR: Job failed: exit code 128",
            {"k": T(key("gitlab"), AK), "d": pick(DOMAINS)})


@tpl(AK, "en")
def ak_datadog(lang):
    return ("datadog agent won't report anything. /etc/datadog-agent/datadog.yaml:\n\napi_key: ⟦k⟧\n"
            "site: datadoghq.eu\nlogs_enabled: true\nprocess_config:\n  process_collection:\n    enabled: true",
            {"k": T(key("datadog"), AK)})


@tpl(AK, "en")
def ak_wrapped_terminal(lang):
    k = key("openai")
    kw = k[:80] + "\n" + k[80:160] + "\n" + k[160:]
    return ("$ echo $OPENAI_API_KEY\n⟦k⟧\n$ python agent.py\nopenai.AuthenticationError: Error code: 401 - "
            "{'error': {'message': 'Incorrect API key provided'}}\n\ncopied it straight from the dashboard...",
            {"k": T(kw, AK)})


@tpl(AK, "en")
def ak_slack_bolt(lang):
    return ("from slack_bolt import App\n\napp = App(\n    token=\"⟦k⟧\",\n    signing_secret=\"⟦s⟧\",\n)\n\n"
            "@app.command(\"/standup\")\ndef standup(ack, respond):\n    ack()\n\ngetting dispatch_failed, what scopes do I need?",
            {"k": T(key("slack_bot"), AK), "s": T(key("slack_signing"), AK)})



@tpl(AK, "en")
def ak_shopify_mailgun(lang):
    return ("{\n  \"shopify\": {\"shop\": \"⟦s⟧.myshopify.com\", \"access_token\": \"⟦k⟧\"},\n"
            "  \"mailgun\": {\"domain\": \"mg.⟦d⟧\", \"api_key\": \"⟦m⟧\"}\n}\n\nconvert this config.json to a .env file",
            {"s": pick(["orchard-lane", "bluefin-marine"]), "k": T(key("shopify"), AK), "d": pick(DOMAINS),
             "m": T(key("mailgun"), AK)})


@tpl(AK, "de")
def ak_de_openai(lang):
    return ("Mein OpenAI-Schlüssel ⟦k⟧ liefert seit heute nur noch 401. Muss ich einen neuen erzeugen oder liegt "
            "es am Projekt?",
            {"k": T(key("openai"), AK)})


@tpl(AK, "fr")
def ak_fr_anthropic(lang):
    return ("Bonjour, j'ai mis la clé ⟦k⟧ dans mon script Python mais l'API me renvoie « invalid x-api-key ». "
            "Une idée de ce qui cloche ?",
            {"k": T(key("anthropic"), AK)})


@tpl(AK, "es")
def ak_es_sendgrid(lang):
    return ("me pasas un ejemplo en node para mandar correos con sendgrid? mi api key es ⟦k⟧ y el remitente "
            "es avisos@⟦d⟧",
            {"k": T(key("sendgrid"), AK), "d": pick(DOMAINS)})


@tpl(AK, "it")
def ak_it_google(lang):
    return ("Ho inserito la chiave ⟦k⟧ nel file di configurazione, ma la mappa resta grigia. Devo abilitare "
            "qualcosa nella console di Google Cloud?",
            {"k": T(key("google"), AK)})


@tpl(AK, "pt")
def ak_pt_github(lang):
    return ("o meu token do GitHub ⟦k⟧ deixou de funcionar no CI desde ontem, preciso de gerar outro ou é só "
            "mudar as permissões?",
            {"k": T(key(pick(["ghp", "github_pat"])), AK)})


@tpl(AK, "nl")
def ak_nl_stripe(lang):
    return ("Kun je dit script herschrijven zodat het de Stripe-sleutel uit een omgevingsvariabele leest in plaats "
            "van hardcoded?\n\nimport stripe\nstripe.api_key = \"⟦k⟧\"\nstripe.Customer.list(limit=3)",
            {"k": T(key("stripe"), AK)})


@tpl(AK, *FOREIGN)
def ak_intl_config(lang):
    a, b = CFG_WRAP[lang]
    which = pick(["aws", "hf", "slack"])
    if which == "aws":
        return (a + "[default]\naws_access_key_id = ⟦i⟧\naws_secret_access_key = ⟦s⟧\nregion = eu-central-1" + b,
                {"i": T(key("aws_id"), AK), "s": T(key("aws_secret"), AK)})
    if which == "hf":
        return (a + "HF_TOKEN=⟦k⟧\nMODEL_ID=mistralai/Mistral-7B-Instruct-v0.3\nDEVICE=cuda" + b,
                {"k": T(key("hf"), AK)})
    return (a + "SLACK_BOT_TOKEN=⟦k⟧\nSLACK_CHANNEL=#alerts" + b, {"k": T(key("slack_bot"), AK)})


# ====================================================================== US_DRIVER_LICENSE
@tpl(DL, "en")
def dl_rental_form(lang):
    st = next_state()
    f, l = first("en"), last("en")
    return ("RENTER INFORMATION\nFull name: ⟦n⟧\nDate of birth: ⟦dob⟧\nDriver's License #: ⟦dl⟧\nIssuing state: ⟦st⟧\n"
            "Expiration: ⟦exp⟧\n\ncan you check if I filled this rental form right? they rejected it once",
            {"n": f + " " + l, "dob": fdate("en", rdate(1960, 2003)), "dl": T(dl(st, l), DL), "st": st,
             "exp": fdate("en", rdate(2027, 2031))})


@tpl(DL, "en")
def dl_csv(lang):
    rows = []
    vals = {}
    for i in range(3):
        st = next_state()
        f, l = first("en"), last("en")
        rows.append("%d,%s,%s,%s,⟦d%d⟧,%s" % (10482 + 17 * i + rint(0, 9), l, f, st, i, iso(rdate(2027, 2031))))
        vals["d%d" % i] = T(dl(st, l, printed=False), DL)
    return ("employee_id,last_name,first_name,dl_state,dl_number,dl_exp\n" + "\n".join(rows) +
            "\n\nfleet insurance wants this as a table sorted by expiry, can you do that", vals)


@tpl(DL, "en")
def dl_chat_ticket(lang):
    st = next_state()
    return ("got pulled over last nite lol. officer wrote my lic no ⟦dl⟧ on the citation but spelled my street "
            "wrong, does that make the ticket invalid in ⟦sn⟧??",
            {"dl": T(dl(st), DL), "sn": STATE_NAME[st]})


@tpl(DL, "en")
def dl_ocr_ny(lang):
    f, l = first("en"), last("en")
    d = dl("NY", printed=False)
    spaced = d[:3] + "  " + d[3:6] + " " + d[6:]
    return ("NEW YORK STATE\nUSA   DRIVER LICENSE\n\nlD: ⟦dl⟧     CLASS D\n⟦L⟧\n⟦F⟧\n⟦st⟧\n⟦city⟧\n"
            "DOB: ⟦dob⟧  SEX: F  EYES: BR  HT: 5-06\nISSUED: 03/14/2024   EXPIRES: ⟦exp⟧\n\n"
            "^ ocr from my phone scan, can you turn this into the onboarding json?",
            {"dl": T(spaced, DL), "L": l.upper(), "F": f.upper(), "st": pick(STREET["en"]).upper(),
             "city": "ALBANY, NY 12208", "dob": fdate("en", rdate(1970, 2002)), "exp": fdate("en", rdate(2029, 2032))})


@tpl(DL, "en")
def dl_ocr_fl(lang):
    f, l = first("en"), last("en")
    return ("FLORIDA  DRIVER  LICENSE    USA\n4d DL  ⟦dl⟧\n1 ⟦L⟧\n2 ⟦F⟧\n8 ⟦st⟧ TAMPA, FL 33609\n3 DOB ⟦dob⟧\n"
            "4b EXP ⟦exp⟧   9 CLASS E\n\ntext pulled from the scanned copy. is 4d the license number?",
            {"dl": T(dl("FL", l, printed=True), DL), "L": l.upper(), "F": f.upper(),
             "st": pick(STREET["en"]).upper(), "dob": fdate("en", rdate(1965, 2003)), "exp": fdate("en", rdate(2027, 2033))})


@tpl(DL, "en")
def dl_rental_ticket(lang):
    st = next_state()
    f, l = first("en"), last("en")
    return ("RA# 7741203 | Renter: ⟦n⟧ | DL: ⟦st⟧ ⟦dl⟧ | Vehicle: Nissan Altima (silver) | Out: 11/27 09:14 | "
            "Fuel: 8/8 | Damage: rear bumper scuff noted\n\nwrite this up as a short damage dispute email",
            {"n": f + " " + l, "st": st, "dl": T(dl(st, l), DL)})


@tpl(DL, "en")
def dl_json(lang):
    st = next_state()
    f, l = first("en"), last("en")
    return ("{\n  \"employee\": {\n    \"name\": \"⟦n⟧\",\n    \"hire_date\": \"2026-11-16\",\n    \"license\": {\n"
            "      \"state\": \"⟦st⟧\",\n      \"number\": \"⟦dl⟧\",\n      \"class\": \"C\"\n    }\n  }\n}\n\n"
            "validate this against our schema, license.number should be a string right?",
            {"n": f + " " + l, "st": st, "dl": T(dl(st, l, printed=False), DL)})


@tpl(DL, "en")
def dl_md_table(lang):
    s1, s2 = next_state(), next_state()
    n1, n2 = (first("en"), last("en")), (first("en"), last("en"))
    return ("| Driver | State | DL# | CDL |\n|---|---|---|---|\n| ⟦a⟧ | ⟦s1⟧ | ⟦d1⟧ | Y |\n| ⟦b⟧ | ⟦s2⟧ | ⟦d2⟧ | N |\n\n"
            "add a column for medical card expiry",
            {"a": n1[0] + " " + n1[1], "s1": s1, "d1": T(dl(s1, n1[1]), DL),
             "b": n2[0] + " " + n2[1], "s2": s2, "d2": T(dl(s2, n2[1]), DL)})


@tpl(DL, "en")
def dl_email_insurer(lang):
    f, l = first("en"), last("en")
    g = first("en")
    st = pick(["MI", "NJ", "IL", "FL"])
    return ("Subject: Add driver to policy PA-⟦pol⟧\n\nHello,\n\nPlease add my son ⟦g⟧ ⟦l⟧ to our auto policy starting "
            "December 1. His ⟦sn⟧ license number is ⟦dl⟧ (issued last month).\n\nThank you,\n⟦f⟧ ⟦l⟧\n⟦stt⟧",
            {"pol": rs(DIG, 7), "g": g, "l": l, "sn": STATE_NAME[st], "dl": T(dl(st, l, printed=True), DL), "f": f,
             "stt": pick(STREET["en"])})


@tpl(DL, "en")
def dl_support_note(lang):
    st = next_state()
    return ("Call notes 11/30: caller verified identity via DL# ⟦dl⟧ (⟦st⟧) + billing zip. Requested address change, "
            "new card to be mailed. Pls summarize for the case log.",
            {"dl": T(dl(st), DL), "st": st})


@tpl(DL, "en")
def dl_split_fax(lang):
    f, l = first("en"), last("en")
    d = dl("NJ", l, printed=True)
    i = d.rfind(" ")
    return ("FAX  p.2/3\nAPPLICANT: ⟦n⟧   Lic. no.: ⟦dl⟧   ST: NJ\nEndorsements: none   Restrictions: B\n\n"
            "can u retype this so it's readable",
            {"n": (f + " " + l).upper(), "dl": T(d[:i] + "\n" + d[i + 1:], DL)})


@tpl(DL, "en")
def dl_tsv_background(lang):
    vals = {}
    rows = []
    for i in range(2):
        st = next_state()
        f, l = first("en"), last("en")
        rows.append("%s %s\t%s\t⟦d%d⟧\t%s" % (f, l, st, i, pick(["clear", "pending", "clear"])))
        vals["d%d" % i] = T(dl(st, l), DL)
    return ("candidate\tstate\tlicense\tmvr_status\n" + "\n".join(rows) + "\n\nwhich of these still need the MVR pulled?", vals)


@tpl(DL, "en")
def dl_sms(lang):
    st = next_state()
    return ("for the car share signup they want my license, its ⟦st⟧ ⟦dl⟧ exp 2029. does the app store that or "
            "just verify it?",
            {"st": st, "dl": T(dl(st), DL)})


@tpl(DL, "en")
def dl_yaml_fleet(lang):
    st = next_state()
    f, l = first("en"), last("en")
    return ("drivers:\n  - id: drv-014\n    name: ⟦n⟧\n    home_terminal: Columbus\n    license_state: ⟦st⟧\n"
            "    license_no: \"⟦dl⟧\"\n    hazmat: false\n\nhow do i add a second driver to this list in yaml?",
            {"n": f + " " + l, "st": st, "dl": T(dl(st, l), DL)})


STATE_FR = {"CA": "de Californie", "NY": "de New York", "TX": "du Texas", "FL": "de Floride", "IL": "de l'Illinois",
            "PA": "de Pennsylvanie", "OH": "de l'Ohio", "GA": "de Géorgie", "NC": "de Caroline du Nord",
            "MI": "du Michigan", "NJ": "du New Jersey", "WA": "de Washington", "AZ": "de l'Arizona",
            "MA": "du Massachusetts", "VA": "de Virginie"}
DL_WORD = {"de": "Führerscheinnummer", "fr": "N° de permis", "es": "N.º de licencia", "it": "N. patente",
           "pt": "N.º da carta de condução", "nl": "Rijbewijsnummer"}


@tpl(DL, "de")
def dl_de_umschreiben(lang):
    st = next_state()
    return ("Ich ziehe im Frühjahr nach München und möchte meinen US-Führerschein umschreiben lassen. "
            "Führerscheinnummer (⟦sn⟧): ⟦dl⟧, ausgestellt 2021. Brauche ich eine beglaubigte Übersetzung?",
            {"sn": STATE_NAME[st], "dl": T(dl(st), DL)})


@tpl(DL, "fr")
def dl_fr_location(lang):
    st = next_state()
    return ("Bonjour, je loue une voiture à Lyon la semaine prochaine. Mon permis de conduire est américain "
            "(État ⟦sn⟧), n° ⟦dl⟧. Faut-il aussi un permis international ?",
            {"sn": STATE_FR[st], "dl": T(dl(st), DL)})


@tpl(DL, "es")
def dl_es_alquiler(lang):
    st = next_state()
    return ("Hola, para el contrato de alquiler me piden la licencia: es de ⟦sn⟧, número ⟦dl⟧, vence en 2028. "
            "¿Me sirve para conducir en España o necesito el permiso internacional?",
            {"sn": STATE_NAME[st], "dl": T(dl(st), DL)})


@tpl(DL, "it")
def dl_it_conversione(lang):
    st = next_state()
    return ("Salve, devo convertire la patente statunitense (⟦sn⟧) n. ⟦dl⟧ in patente italiana. Quali documenti "
            "servono alla Motorizzazione?",
            {"sn": STATE_NAME[st], "dl": T(dl(st), DL)})


@tpl(DL, "pt")
def dl_pt_troca(lang):
    st = next_state()
    return ("Boa tarde, sou americano e vivo em Lisboa. A minha carta de condução é do estado de ⟦sn⟧, n.º ⟦dl⟧. "
            "Posso trocá-la no IMT sem fazer exame?",
            {"sn": STATE_NAME[st], "dl": T(dl(st), DL)})


@tpl(DL, "nl")
def dl_nl_omwisselen(lang):
    st = next_state()
    return ("Hoi, ik wil mijn Amerikaanse rijbewijs (⟦sn⟧, nummer ⟦dl⟧) omwisselen bij het RDW. Kan dat zonder "
            "rijexamen of moet ik opnieuw afrijden?",
            {"sn": STATE_NAME[st], "dl": T(dl(st), DL)})


@tpl(DL, *FOREIGN)
def dl_intl_form(lang):
    st = next_state()
    f, l = first("en"), last("en")
    lab = {"de": ("Name", "Geburtsdatum", "Ausstellender Bundesstaat", "Bitte prüfen, ob das Formular vollständig ist."),
           "fr": ("Nom", "Date de naissance", "État de délivrance", "Pouvez-vous vérifier que le formulaire est complet ?"),
           "es": ("Nombre", "Fecha de nacimiento", "Estado emisor", "¿Puedes revisar si el formulario está completo?"),
           "it": ("Nome", "Data di nascita", "Stato di rilascio", "Puoi controllare se il modulo è completo?"),
           "pt": ("Nome", "Data de nascimento", "Estado emissor", "Podes verificar se o formulário está completo?"),
           "nl": ("Naam", "Geboortedatum", "Staat van afgifte", "Kun je checken of het formulier compleet is?")}[lang]
    return (lab[0] + ": ⟦n⟧\n" + lab[1] + ": ⟦dob⟧\n" + DL_WORD[lang] + ": ⟦dl⟧\n" + lab[2] + ": ⟦st⟧\n\n" + lab[3],
            {"n": f + " " + l, "dob": fdate(lang, rdate(1965, 2002)), "dl": T(dl(st, l), DL), "st": STATE_NAME[st]})


# ====================================================================== US_PASSPORT
@tpl(PP, "en")
def pp_apis_form(lang):
    f, l = first("en"), last("en")
    return ("PASSENGER 1\nSurname: ⟦L⟧\nGiven names: ⟦F⟧\nNationality: USA\nPassport No: ⟦p⟧\nExpiry: ⟦exp⟧\n\n"
            "is this the right format for the airline's APIS page? it keeps erroring",
            {"L": l.upper(), "F": f.upper(), "p": T(passport(), PP), "exp": iso(rdate(2027, 2035))})


@tpl(PP, "en")
def pp_chat_renew(lang):
    return ("whats the fastest way to renew? my passport # is ⟦p⟧ and it expires in march, flying to lisbon in may. "
            "do i need the 6 month rule",
            {"p": T(passport(), PP)})


@tpl(PP, "en")
def pp_mrz(lang):
    f, l = first("en"), last("en")
    p = passport("digits" if R.random() < 0.5 else "nextgen")
    dob, exp = rdate(1960, 2004), rdate(2027, 2035)
    l1, l2 = mrz(l, f, p, dob, pick("MF"), exp)
    return ("OCR of the photo page (the top part came out garbled):\n\nPASSPORT   PASSEPORT   PASAPORTE\n"
            "UNITED STATES OF AMERICA\nType P   Code USA   Passport No. ⟦p⟧\n\n⟦l1⟧\n⟦p2⟧⟦rest⟧\n\n"
            "can you pull name, dob and expiry out of the bottom lines?",
            {"p": T(p, PP), "l1": l1, "p2": T(l2[:9], PP), "rest": l2[9:]})


@tpl(PP, "en")
def pp_mrz_only(lang):
    f, l = first("en"), last("en")
    p = passport()
    l1, l2 = mrz(l, f, p, rdate(1955, 2004), pick("MF"), rdate(2027, 2035))
    return ("⟦l1⟧\n⟦p2⟧⟦rest⟧\n\ndecode this MRZ for me and check the check digits",
            {"l1": l1, "p2": T(l2[:9], PP), "rest": l2[9:]})


@tpl(PP, "en")
def pp_visa_json(lang):
    f, l = first("en"), last("en")
    return ("{\n  \"applicant\": {\"surname\": \"⟦L⟧\", \"given_names\": \"⟦F⟧\", \"nationality\": \"USA\"},\n"
            "  \"travel_document\": {\"type\": \"P\", \"number\": \"⟦p⟧\", \"issuing_state\": \"USA\", "
            "\"expiry\": \"⟦exp⟧\"},\n  \"purpose\": \"business\"\n}\n\nfill in a cover letter for the schengen "
            "visa from this",
            {"L": l, "F": f, "p": T(passport(), PP), "exp": iso(rdate(2028, 2035))})


@tpl(PP, "en")
def pp_i9_email(lang):
    f, l = first("en"), last("en")
    return ("Hi ⟦hr⟧,\n\nFor my I-9 I'll use my U.S. passport (List A). Number ⟦p⟧, issued ⟦iss⟧, expires ⟦exp⟧. "
            "I'll bring the original on Monday for you to inspect.\n\nThanks,\n⟦n⟧\nData Engineer, ⟦co⟧",
            {"hr": first("en"), "p": T(passport(), PP), "iss": iso(rdate(2017, 2025)), "exp": iso(rdate(2027, 2035)),
             "n": f + " " + l, "co": pick(COMPANIES)})


@tpl(PP, "en")
def pp_csv_delegates(lang):
    vals = {}
    rows = []
    for i in range(3):
        f, l = first("en"), last("en")
        rows.append("%s %s,USA,⟦p%d⟧,%s" % (f, l, i, iso(rdate(1960, 2000))))
        vals["p%d" % i] = T(passport(), PP)
    return ("name,nationality,passport_no,dob\n" + "\n".join(rows) +
            "\n\nthe hotel in Dubai needs this list for the delegation, format it as a letter", vals)


@tpl(PP, "en")
def pp_dotted_form(lang):
    return ("Passport Number ............ ⟦p⟧\nCountry of Issuance ........ UNITED STATES\nDate of Issue .............. ⟦iss⟧\n"
            "Date of Expiration ......... ⟦exp⟧\n\nthe ETA form asks for 'passport number as shown on the "
            "biographic page', is this right?",
            {"p": T(passport(), PP), "iss": fdate("en", rdate(2016, 2025)), "exp": fdate("en", rdate(2026, 2035))})


@tpl(PP, "en")
def pp_nextgen_ticket(lang):
    return ("Customer says online check-in rejects their new passport. Number starts with a letter (⟦p⟧), old one "
            "was all digits (⟦o⟧). Do we need to update the APIS record manually?",
            {"p": T(passport("nextgen"), PP), "o": T(passport("digits"), PP)})


@tpl(PP, "en")
def pp_spaced(lang):
    p = passport("digits")
    return ("passport: ⟦p⟧ (US) – the embassy form has 9 little boxes, do I put one digit per box?",
            {"p": T(p[:3] + " " + p[3:6] + " " + p[6:], PP)})


@tpl(PP, "en")
def pp_md_table(lang):
    vals = {}
    rows = []
    for i in range(2):
        f, l = first("en"), last("en")
        rows.append("| %s %s | ⟦p%d⟧ | %s |" % (f, l, i, iso(rdate(2027, 2034))))
        vals["p%d" % i] = T(passport(), PP)
    return ("| Traveler | Passport | Expires |\n|---|---|---|\n" + "\n".join(rows) +
            "\n\nflag anyone whose passport expires within 6 months of the Jan 12 trip", vals)


@tpl(PP, "en")
def pp_hotel(lang):
    f, l = first("en"), last("en")
    return ("Guest registration – Room 1418\nGuest: ⟦n⟧\nDocument: US passport ⟦p⟧\nArrival 11/29  Departure 12/03\n\n"
            "translate this card into Portuguese for the front desk",
            {"n": f + " " + l, "p": T(passport(), PP)})


@tpl(PP, "en")
def pp_yaml_profile(lang):
    f, l = first("en"), last("en")
    return ("traveler_profile:\n  name: ⟦n⟧\n  loyalty: AA-⟦ly⟧\n  documents:\n    passport:\n      country: US\n"
            "      number: \"⟦p⟧\"\n      expires: ⟦exp⟧\n\nwhy does the booking tool reject this profile",
            {"n": f + " " + l, "ly": rs(UPP + DIG, 7), "p": T(passport(), PP), "exp": iso(rdate(2028, 2035))})


@tpl(PP, "de")
def pp_de_aufenthalt(lang):
    f, l = first("en"), last("en")
    return ("Sehr geehrte Damen und Herren,\n\nich bin US-Staatsbürgerin und beantrage einen Aufenthaltstitel zur "
            "Erwerbstätigkeit. Meine Reisepassnummer lautet ⟦p⟧ (gültig bis ⟦exp⟧). Welche Unterlagen fehlen noch?\n\n"
            "Mit freundlichen Grüßen\n⟦n⟧",
            {"p": T(passport(), PP), "exp": fdate("de", rdate(2028, 2035)), "n": f + " " + l})


@tpl(PP, "fr")
def pp_fr_hotel(lang):
    return ("Bonjour, pour la réservation de l'hôtel on me demande le numéro de passeport : ⟦p⟧ (passeport "
            "américain). C'est bien ce format qu'ils attendent ?",
            {"p": T(passport(), PP)})


@tpl(PP, "es")
def pp_es_migracion(lang):
    return ("hola! necesito rellenar el formulario de migración, mi pasaporte estadounidense es el ⟦p⟧, ¿en qué "
            "casilla lo pongo?",
            {"p": T(passport(), PP)})


@tpl(PP, "it")
def pp_it_permesso(lang):
    return ("Buongiorno, per il permesso di soggiorno mi chiedono il numero del passaporto: ⟦p⟧. Il passaporto è "
            "statunitense e scade nel 2031, va bene?",
            {"p": T(passport(), PP)})


@tpl(PP, "pt")
def pp_pt_nif(lang):
    return ("Olá, sou cidadão americano. Para o pedido de NIF indico o passaporte n.º ⟦p⟧ ou preciso de outro "
            "documento?",
            {"p": T(passport(), PP)})


@tpl(PP, "nl")
def pp_nl_gemeente(lang):
    return ("Beste, voor de inschrijving bij de gemeente vragen ze mijn paspoortnummer: ⟦p⟧ (Verenigde Staten). "
            "Is dat voldoende of moet ik een gelegaliseerde geboorteakte meenemen?",
            {"p": T(passport(), PP)})


@tpl(PP, *FOREIGN)
def pp_intl_form(lang):
    f, l = first("en"), last("en")
    lab = {"de": ("Nachname", "Vorname", "Staatsangehörigkeit: USA", "Reisepass-Nr.", "Stimmt das so für den Check-in?"),
           "fr": ("Nom", "Prénom", "Nationalité : américaine", "N° de passeport", "C'est correct pour l'enregistrement ?"),
           "es": ("Apellido", "Nombre", "Nacionalidad: estadounidense", "N.º de pasaporte", "¿Está bien así para el check-in?"),
           "it": ("Cognome", "Nome", "Cittadinanza: statunitense", "N. passaporto", "Va bene così per il check-in?"),
           "pt": ("Apelido", "Nome", "Nacionalidade: norte-americana", "N.º do passaporte", "Está correto para o check-in?"),
           "nl": ("Achternaam", "Voornaam", "Nationaliteit: Amerikaans", "Paspoortnr.", "Klopt dit zo voor het inchecken?")}[lang]
    return (lab[0] + ": ⟦L⟧\n" + lab[1] + ": ⟦F⟧\n" + lab[2] + "\n" + lab[3] + ": ⟦p⟧\n\n" + lab[4],
            {"L": l, "F": f, "p": T(passport(), PP)})


# ====================================================================== MEDICAL_RECORD_NUMBER
@tpl(MR, "en")
def mr_ed_note(lang):
    f, l = first("en"), last("en")
    return ("ED NOTE 11/29 0214\nPt: ⟦n⟧, 67M, MRN: ⟦m⟧\nCC: chest pain x2h, radiating to L arm\n"
            "HPI: hx HTN, DM2, smoker 30 pk-yr. Trop 0.04 -> 0.09. ECG NSR, TWI V4-V6.\n"
            "Plan: heparin gtt, trop q3h, cards consult, NPO after MN\n\nsummarize this for morning handoff (SBAR)",
            {"n": f[0] + ". " + l, "m": T(mrn(), MR)})


@tpl(MR, "en")
def mr_hl7_adt(lang):
    f, l = first("en"), last("en")
    d = rdate(1940, 1999)
    return ("MSH|^~\\&|EPIC|MERCYGEN|LABSYS|MERCYGEN|20261130081502||ADT^A01|MSG00⟦mid⟧|P|2.5.1\n"
            "EVN|A01|20261130081502\nPID|1||⟦m⟧^^^MERCYGEN^MR||⟦L⟧^⟦F⟧^^^^^L||⟦dob⟧|F|||⟦st⟧^^DAYTON^OH^45419||"
            "(937)555-01⟦ph⟧||||||⟦s⟧\nPV1|1|I|4W^412^B^MERCYGEN||||1⟦npi⟧^RENFRO^PAUL|||MED\n\n"
            "why does our interface engine reject this A01? error says PID segment invalid",
            {"mid": rs(DIG, 6), "m": T(mrn(pick(["d7", "d8", "d8z"])), MR), "L": l.upper(), "F": f.upper(),
             "dob": compact(d), "st": pick(STREET["en"]).upper(), "ph": rs(DIG, 2), "s": T(ssn(""), SS),
             "npi": rs(DIG, 9)})


@tpl(MR, "en")
def mr_discharge(lang):
    f, l = first("en"), last("en")
    return ("Dear Dr. ⟦doc⟧,\n\nRe: ⟦n⟧, DOB ⟦dob⟧, Hospital No. ⟦m⟧\n\nYour patient was admitted on 11/21 with "
            "community-acquired pneumonia and discharged on 11/26 on oral amoxicillin-clavulanate. Please review in "
            "clinic in 2 weeks with a repeat chest X-ray.\n\nYours sincerely,\nDr. ⟦doc2⟧, Internal Medicine\n\n"
            "make this letter sound less stiff",
            {"doc": last("en"), "n": f + " " + l, "dob": fdate("en", rdate(1940, 1990)), "m": T(mrn(), MR),
             "doc2": last("en")})


@tpl(MR, "en")
def mr_ward_tsv(lang):
    vals = {}
    rows = []
    dx = ["CHF exac", "COPD exac", "post-op day 2 lap chole", "cellulitis L leg", "AKI on CKD3", "GI bleed, stable"]
    beds = sorted(R.sample(range(1, 25), 3))
    names = R.sample(LAST["en"], 3)
    dxs = R.sample(dx, 3)
    for i in range(3):
        rows.append("4A-%02d\t%s. %s\t⟦m%d⟧\t%s" % (beds[i], first("en")[0], names[i], i, dxs[i]))
        vals["m%d" % i] = T(mrn(pick(["d7", "d8", "E7"])), MR)
    return ("Bed\tPatient\tMRN\tDx\n" + "\n".join(rows) + "\n\nturn this ward list into a checklist for night shift", vals)


@tpl(MR, "en")
def mr_lab_report(lang):
    f, l = first("en"), last("en")
    return ("TAMARIND REGIONAL LAB          Final Report\nPatient: ⟦L⟧, ⟦F⟧     Patient ID: ⟦m⟧\n"
            "Accession: 26-334-⟦acc⟧   Collected: 11/28/2026 07:40\n\nHbA1c        8.4 %     (4.0-5.6)  H\n"
            "Glucose, fasting   162 mg/dL (70-99) H\nCreatinine   1.1 mg/dL (0.6-1.2)\n\nexplain these results in plain "
            "english for my mom",
            {"L": l.upper(), "F": f.upper(), "m": T(mrn(), MR), "acc": rs(DIG, 5)})


@tpl(MR, "en")
def mr_chat_chart(lang):
    return ("how do i word this appeal letter, my moms chart number is ⟦m⟧ at st. vincent's and they billed "
            "her twice for the same mri",
            {"m": T(mrn(), MR)})


@tpl(MR, "en")
def mr_fhir(lang):
    f, l = first("en"), last("en")
    return ("{\n  \"resourceType\": \"Patient\",\n  \"identifier\": [\n    {\n      \"type\": {\"coding\": [{\"system\": "
            "\"http://terminology.hl7.org/CodeSystem/v2-0203\", \"code\": \"MR\"}]},\n      \"system\": "
            "\"urn:oid:2.16.840.1.113883.3.⟦oid⟧\",\n      \"value\": \"⟦m⟧\"\n    }\n  ],\n  \"name\": [{\"family\": \"⟦L⟧\", "
            "\"given\": [\"⟦F⟧\"]}]\n}\n\nwhy does the validator say identifier.system is not a valid uri?",
            {"oid": rs(DIG, 4), "m": T(mrn(), MR), "L": l, "F": f})


@tpl(MR, "en")
def mr_fax_ocr(lang):
    f, l = first("en"), last("en")
    return ("PRIOR  AUTHORIZATION  REQUEST\nPatient Name:  ⟦L⟧ , ⟦F⟧\nMed  Rec  # :  ⟦m⟧\nRequested: MRI lumbar spine "
            "w/o contrast  CPT 72148\nDx: M54.16\n\nthis came through the fax OCR, clean it up please",
            {"L": l.upper(), "F": f.upper(), "m": T(ocr_space(mrn(pick(["d8", "d7", "d10"]))), MR)})


@tpl(MR, "en")
def mr_radiology(lang):
    return ("CT CHEST W/ CONTRAST   Accession: RAD-⟦acc⟧   MRN ⟦m⟧\nIMPRESSION: 1. No pulmonary embolism. "
            "2. 6 mm RUL nodule, recommend follow-up CT in 6-12 months per Fleischner.\n\n"
            "what does the fleischner part mean",
            {"acc": rs(DIG, 7), "m": T(mrn(), MR)})


@tpl(MR, "en")
def mr_split(lang):
    m = mrn("d10")
    return ("Please forward the attached op report to the surgeon's office (patient hospital number ⟦m⟧), they "
            "never received it.\n\nrewrite politely",
            {"m": T(m[:5] + "\n" + m[5:], MR)})


@tpl(MR, "en")
def mr_sticky(lang):
    f, l = first("en"), last("en")
    return ("Bed 12 – ⟦L⟧, ⟦F⟧ – Chart # ⟦m⟧ – NPO after midnight, consent for EGD in chart, family to call "
            "daughter after 6pm\n\nmake this a proper handover bullet list",
            {"L": l.upper(), "F": f, "m": T(mrn(), MR)})


@tpl(MR, "en")
def mr_md_table(lang):
    vals = {}
    rows = []
    for i in range(2):
        rows.append("| %s. %s | ⟦m%d⟧ | %s |" % (first("en")[0], last("en"), i, pick(["A1c due", "statin review", "BP recheck"])))
        vals["m%d" % i] = T(mrn(), MR)
    return ("| Patient | MRN | Care gap |\n|---|---|---|\n" + "\n".join(rows) + "\n\ndraft outreach messages for these", vals)


@tpl(MR, "de")
def mr_de_arztbrief(lang):
    f, l = first("de"), last("de")
    return ("Universitätsklinikum Nordhafen – Klinik für Innere Medizin\n\nSehr geehrte Frau Kollegin ⟦doc⟧,\n\n"
            "wir berichten über ⟦n⟧, geb. ⟦dob⟧ (Patientennummer ⟦m⟧, Fallnummer ⟦c⟧), der sich "
            "vom 18.11. bis 25.11.2026 in unserer stationären Behandlung befand.\n\nDiagnosen:\n- Exazerbierte COPD GOLD 3\n"
            "- Arterielle Hypertonie\n\nBitte den Brief kürzen und in einfacher Sprache zusammenfassen.",
            {"doc": last("de"), "n": f + " " + l, "dob": fdate("de", rdate(1940, 1975)), "m": T(mrn("d8"), MR),
             "c": T(mrn("d10"), MR)})


@tpl(MR, "de")
def mr_de_station(lang):
    vals = {}
    rows = []
    dx = ["Pneumonie", "Z.n. Hüft-TEP", "Dekomp. Herzinsuffizienz", "Synkope, Abklärung"]
    names = R.sample(LAST["de"], 3)
    rooms = R.sample(range(401, 419), 3)
    for i in range(3):
        rows.append("%d\t%s, %s\t⟦m%d⟧\t%s" % (rooms[i], names[i], first("de")[0] + ".", i, pick(dx)))
        vals["m%d" % i] = T(mrn(pick(["d8", "d9"])), MR)
    return ("Station 4B – Übergabe Frühdienst\nZi.\tName\tPat.-Nr.\tDiagnose\n" + "\n".join(rows) +
            "\n\nMach daraus bitte eine Übergabe-Checkliste.", vals)


@tpl(MR, "fr")
def mr_fr_crh(lang):
    f, l = first("fr"), last("fr")
    return ("Compte rendu d'hospitalisation\nPatient : ⟦n⟧ – IPP : ⟦m⟧ – N° de séjour : ⟦c⟧\nService : Pneumologie\n"
            "Motif : décompensation respiratoire sur BPCO.\nTraitement de sortie : corticothérapie courte, "
            "kinésithérapie respiratoire.\n\nPeux-tu résumer ce compte rendu pour le médecin traitant ?",
            {"n": f + " " + l.upper(), "m": T(mrn("d9"), MR), "c": T(mrn("year"), MR)})


@tpl(MR, "fr")
def mr_fr_mutuelle(lang):
    return ("bonjour, je dois envoyer le numéro de dossier de ma mère à la mutuelle : ⟦m⟧ (CHU de Rivebelle). "
            "Vous pouvez m'aider à rédiger le mail ?",
            {"m": T(mrn(pick(["d8", "d9"])), MR)})


@tpl(MR, "es")
def mr_es_alta(lang):
    f, l = first("es"), last("es")
    return ("Informe de alta\nPaciente: ⟦n⟧\nNHC: ⟦m⟧\nServicio: Neumología\nJuicio clínico: neumonía adquirida en "
            "la comunidad.\nTratamiento: amoxicilina-clavulánico 875/125 mg cada 8 h, 7 días.\n\n"
            "resúmemelo en lenguaje sencillo por favor",
            {"n": f + " " + l + " " + last("es"), "m": T(mrn(pick(["d6", "d7"])), MR)})


@tpl(MR, "es")
def mr_es_copia(lang):
    return ("hola, tengo que pedir una copia de mi historia clínica en el hospital, mi número de historia clínica es "
            "⟦m⟧. me redactas la solicitud formal?",
            {"m": T(mrn(pick(["d6", "d7", "d8"])), MR)})


@tpl(MR, "it")
def mr_it_dimissione(lang):
    f, l = first("it"), last("it")
    return ("Lettera di dimissione\nPaziente: ⟦n⟧ – Cartella clinica n. ⟦m⟧\nReparto: Cardiologia\nDiagnosi: "
            "fibrillazione atriale di nuova insorgenza.\nTerapia: apixaban 5 mg x 2, bisoprololo 2,5 mg.\n\n"
            "Me la spieghi in parole semplici?",
            {"n": l.upper() + " " + f, "m": T(mrn("year"), MR)})


@tpl(MR, "it")
def mr_it_referto(lang):
    f, l = first("it"), last("it")
    return ("Referto di laboratorio – ID paziente ⟦m⟧ – n. nosologico ⟦c⟧\n⟦n⟧\nEmoglobina 10,9 g/dL (12-16) *\n"
            "Ferritina 8 ng/mL (15-150) *\n\ncosa vuol dire che ho la ferritina bassa?",
            {"m": T(mrn("d8"), MR), "c": T(mrn("year"), MR), "n": l.upper() + " " + f.upper()})


@tpl(MR, "pt")
def mr_pt_alta(lang):
    f, l = first("pt"), last("pt")
    return ("Nota de alta\nUtente: ⟦n⟧\nProcesso clínico n.º ⟦m⟧\nServiço: Medicina Interna\nDiagnóstico: "
            "infeção urinária complicada.\n\nConsegues resumir isto para a minha família?",
            {"n": f + " " + l, "m": T(mrn(pick(["d7", "d8"])), MR)})


@tpl(MR, "pt")
def mr_pt_consulta(lang):
    return ("Boa tarde, preciso de remarcar a consulta de ortopedia. O número do meu processo no hospital é ⟦m⟧. "
            "Podes escrever o email para o secretariado?",
            {"m": T(mrn(pick(["d6", "d7"])), MR)})


@tpl(MR, "nl")
def mr_nl_ontslag(lang):
    f, l = first("nl"), last("nl")
    return ("Ontslagbrief\nPatiënt: ⟦n⟧, geb. ⟦dob⟧, patiëntnummer ⟦m⟧\nAfdeling: Longziekten\nDiagnose: "
            "exacerbatie COPD.\nBeleid: prednisolon 30 mg 5 dagen, controle poli over 6 weken.\n\n"
            "Kun je dit in gewone taal uitleggen?",
            {"n": f + " " + l, "dob": fdate("nl", rdate(1940, 1980)), "m": T(mrn("d7"), MR)})


@tpl(MR, "nl")
def mr_nl_hl7(lang):
    f, l = first("nl"), last("nl")
    return ("kun je dit HL7-bericht uitleggen? de koppeling met het lab faalt\n\nMSH|^~\\&|HIX|ZHN|LAB|ZHN|202611300915||"
            "ORM^O01|⟦mid⟧|P|2.4\nPID|1||⟦m⟧^^^ZHN^PI||⟦L⟧^⟦F⟧||⟦dob⟧|M\nORC|NW|⟦ord⟧",
            {"mid": rs(DIG, 8), "m": T(mrn("d7"), MR), "L": l.upper().replace(" ", ""), "F": f.upper(),
             "dob": compact(rdate(1950, 1999)), "ord": rs(DIG, 6)})


# ====================================================================== US_SSN
@tpl(SS, "en")
def ss_chat_w4(lang):
    return ("can u help me fill out my w-4? single, one job, no kids. ssn ⟦s⟧ if that matters for anything lol",
            {"s": T(ssn(), SS)})


@tpl(SS, "en")
def ss_w2_ocr(lang):
    s = ssn()
    return ("a  Employee's social security number\n   ⟦s⟧\n   OMB No. 1545-0008\nb  Employer identification "
            "number\n   (see attached)\n1  Wages, tips, other compensation   2  Federal income tax withheld\n"
            "   58,214.77                          6,902.10\n\nocr from my w-2, does box 1 look right for $28/hr?",
            {"s": T(ocr_space(s), SS)})


@tpl(SS, "en")
def ss_csv_payroll(lang):
    vals = {}
    rows = []
    for i in range(3):
        rows.append("E%04d,%s,%s,⟦s%d⟧,%s" % (rint(100, 9999), last("en"), first("en"), i, pick(["biweekly", "semimonthly"])))
        vals["s%d" % i] = T(ssn(""), SS)
    return ("emp_id,last,first,ssn,pay_freq\n" + "\n".join(rows) + "\n\nconvert this to the ADP import layout", vals)


@tpl(SS, "en")
def ss_email_hr(lang):
    f, l = first("en"), last("en")
    return ("Subject: Missing info for benefits enrollment\n\nHi ⟦hr⟧,\n\nSorry, I left my SSN off the form: ⟦s⟧. My "
            "daughter's is ⟦s2⟧ for the dependent section.\n\nThanks!\n⟦n⟧\nWarehouse Lead | ⟦co⟧",
            {"hr": first("en"), "s": T(ssn(), SS), "s2": T(ssn(), SS), "n": f + " " + l, "co": pick(COMPANIES)})


@tpl(SS, "en")
def ss_json(lang):
    f, l = first("en"), last("en")
    return ("{\"applicant\": {\"first\": \"⟦F⟧\", \"last\": \"⟦L⟧\", \"ssn\": \"⟦s⟧\", \"dob\": \"⟦dob⟧\"}, "
            "\"product\": \"HELOC\", \"amount\": 85000}\n\nthe credit pull endpoint returns 422, is the ssn "
            "supposed to have dashes?",
            {"F": f, "L": l, "s": T(ssn(""), SS), "dob": iso(rdate(1960, 2000))})


@tpl(SS, "en")
def ss_loan_form(lang):
    f, l = first("en"), last("en")
    st = next_state()
    return ("BORROWER\nName: ⟦n⟧\nSSN/TIN: ⟦s⟧\nDate of Birth: ⟦dob⟧\nID type: Driver License   ID #: ⟦d⟧ (⟦st⟧)\n"
            "Years at address: 4\n\nproofread this section before I send it to the lender",
            {"n": f + " " + l, "s": T(ssn(), SS), "dob": fdate("en", rdate(1960, 2000)), "d": T(dl(st, l), DL), "st": st})


@tpl(SS, "en")
def ss_split(lang):
    s = ssn()
    return ("ok my social is ⟦s⟧ and dob 4/2/91, can you tell me which box on the 1040 it goes in",
            {"s": T(s[:7] + "\n" + s[7:], SS)})


@tpl(SS, "en")
def ss_dots(lang):
    return ("tenant screening form wants SSN like this: ⟦s⟧ — does the format matter or will the portal "
            "reformat it?",
            {"s": T(ssn(pick([".", " / ", " "])), SS)})


@tpl(SS, "en")
def ss_sql(lang):
    f, l = first("en"), last("en")
    return ("INSERT INTO employees (emp_id, first_name, last_name, ssn, hire_date)\nVALUES (4471, '⟦F⟧', '⟦L⟧', "
            "'⟦s⟧', '2026-11-16');\n\nhow do i encrypt the ssn column with pgcrypto instead?",
            {"F": f, "L": l, "s": T(ssn(), SS)})


@tpl(SS, "en")
def ss_ticket(lang):
    return ("Case 00⟦c⟧ – caller could not pass KBA. Verified instead with full SSN ⟦s⟧ and last payment amount. "
            "Unlocked online banking. Summarize for QA review.",
            {"c": rs(DIG, 6), "s": T(ssn(pick(["-", ""])), SS)})


@tpl(SS, "en")
def ss_md_table(lang):
    vals = {}
    rows = []
    for i in range(2):
        rows.append("| %s %s | ⟦s%d⟧ | %s |" % (first("en"), last("en"), i, pick(["W-2", "1099-NEC"])))
        vals["s%d" % i] = T(ssn(), SS)
    return ("| Payee | SSN | Form |\n|---|---|---|\n" + "\n".join(rows) + "\n\nwhich of these need backup withholding?", vals)


@tpl(SS, "en")
def ss_spaced_ocr(lang):
    s = ssn()
    return ("S S N :  ⟦s⟧\nD O B :  0 7 / 1 9 / 1 9 8 4\n\nthat's what the scanner gave me from the old intake form, "
            "fix the spacing",
            {"s": T(" ".join(s), SS)})


@tpl(SS, "en")
def ss_fatca_en(lang):
    f, l = first("en"), last("en")
    return ("Self-certification (FATCA/CRS) – Individual\nName: ⟦n⟧\nCountry of tax residence: United States\n"
            "Taxpayer identification number (TIN): ⟦s⟧\nI am a U.S. person: [x] yes  [ ] no\n\nmy bank in Frankfurt "
            "sent this, what do they do with it?",
            {"n": f + " " + l, "s": T(ssn(), SS)})


@tpl(SS, "en")
def ss_yaml(lang):
    f, l = first("en"), last("en")
    return ("test_fixtures:\n  customer:\n    name: ⟦n⟧\n    ssn: \"⟦s⟧\"\n    state: OH\n\n"
            "^ copied from the prod export for the repro, write a pytest that loads it",
            {"n": f + " " + l, "s": T(ssn(), SS)})


SSN_WORD = {"de": "US-Sozialversicherungsnummer (SSN)", "fr": "Numéro de sécurité sociale américain (SSN)",
            "es": "Número de Seguro Social (SSN)", "it": "Numero di previdenza sociale USA (SSN)",
            "pt": "Número de Segurança Social dos EUA (SSN)", "nl": "Amerikaans social security number (SSN)"}


@tpl(SS, "de")
def ss_de_fatca(lang):
    f, l = first("de"), last("de")
    return ("Selbstauskunft FATCA/CRS\nName: ⟦n⟧\nSteuerliche Ansässigkeit: USA\nUS-Steueridentifikationsnummer "
            "(TIN/SSN): ⟦s⟧\n\nMeine Bank will das ausgefüllt zurück. Muss ich die Nummer wirklich angeben?",
            {"n": f + " " + l, "s": T(ssn(), SS)})


@tpl(SS, "fr")
def ss_fr_autocert(lang):
    return ("Bonjour, ma banque me demande une auto-certification FATCA. Je suis née à Boston, mon numéro de "
            "sécurité sociale américain est le ⟦s⟧. Est-ce que je dois aussi remplir le W-9 ?",
            {"s": T(ssn(), SS)})


@tpl(SS, "es")
def ss_es_w9(lang):
    return ("mi número de seguro social es ⟦s⟧, lo tengo que poner en el formulario W-9 que me mandó el banco "
            "o basta con el pasaporte?",
            {"s": T(ssn(pick(["-", ""])), SS)})


@tpl(SS, "it")
def ss_it_banca(lang):
    f, l = first("it"), last("it")
    return ("Oggetto: documentazione FATCA\n\nGentili,\nvi invio i dati richiesti per ⟦n⟧ (cittadinanza "
            "statunitense): SSN ⟦s⟧.\n\nCordiali saluti",
            {"n": f + " " + l, "s": T(ssn(), SS)})


@tpl(SS, "pt")
def ss_pt_irs(lang):
    return ("Vivo no Porto mas ainda declaro impostos nos EUA. O meu SSN é ⟦s⟧. Posso usar o crédito de imposto "
            "estrangeiro no formulário 1116?",
            {"s": T(ssn(), SS)})


@tpl(SS, "nl")
def ss_nl_bank(lang):
    return ("mijn Amerikaanse social security number is ⟦s⟧, moet ik dat opgeven bij de bank voor FATCA of is "
            "mijn BSN genoeg?",
            {"s": T(ssn(), SS)})


@tpl(SS, *FOREIGN)
def ss_intl_form(lang):
    f, l = first(lang), last(lang)
    tail = {"de": "Ist das Formular so korrekt?", "fr": "Le formulaire est-il correct ?",
            "es": "¿Está bien rellenado?", "it": "Il modulo è compilato bene?",
            "pt": "O formulário está bem preenchido?", "nl": "Is dit formulier goed ingevuld?"}[lang]
    return ("W-9 / ⟦n⟧\n" + SSN_WORD[lang] + ": ⟦s⟧\n\n" + tail,
            {"n": f + " " + l, "s": T(ssn(pick(["-", " ", ""])), SS)})


# ====================================================================== US_ITIN
@tpl(IT, "en")
def it_cp565(lang):
    f, l = first("en"), last("en")
    return ("Notice CP565\nWe assigned you an Individual Taxpayer Identification Number (ITIN)\n\n⟦n⟧\n⟦st⟧\n⟦city⟧\n\n"
            "Your ITIN: ⟦i⟧\n\nKeep this notice for your records.\n\nwhat does this letter mean, do i need to do "
            "anything?",
            {"n": (f + " " + l).upper(), "st": pick(STREET["en"]).upper(), "city": pick(CITY_EN).upper(),
             "i": T(itin(), IT)})


@tpl(IT, "en")
def it_preparer_chat(lang):
    return ("client has no ssn, only itin ⟦i⟧. can she still claim the child tax credit for her kids if they "
            "have ssns?",
            {"i": T(itin(), IT)})


@tpl(IT, "en")
def it_1040_ocr(lang):
    return ("Your first name and middle initial   Last name             Your social security number\n"
            "⟦F⟧                               ⟦L⟧                ⟦i⟧\n\nthe preparer put my ITIN in the SSN box, "
            "is that allowed?",
            {"F": first("en").upper(), "L": last("en").upper(), "i": T(ocr_space(itin()), IT)})


@tpl(IT, "en")
def it_csv_clients(lang):
    vals = {}
    rows = []
    for i in range(3):
        rows.append("C-%03d,%s %s,ITIN,⟦i%d⟧" % (rint(100, 999), first("en"), last("en"), i))
        vals["i%d" % i] = T(itin(""), IT)
    return ("client_id,name,tin_type,tin\n" + "\n".join(rows) + "\n\nwhich of these ITINs might be expired? "
            "they last filed in 2021", vals)


@tpl(IT, "en")
def it_email(lang):
    f, l = first("en"), last("en")
    return ("Hi ⟦p⟧,\n\nAttached is my W-7 renewal. My current ITIN is ⟦i⟧ and it expired last year because I "
            "didn't file for 3 years. Do you need my passport original?\n\nBest,\n⟦n⟧",
            {"p": first("en"), "i": T(itin(), IT), "n": f + " " + l})


@tpl(IT, "en")
def it_json(lang):
    return ("{\"taxpayer\": {\"tin\": \"⟦i⟧\", \"tin_type\": \"ITIN\", \"filing_status\": \"MFJ\"}, "
            "\"spouse\": {\"tin\": \"⟦j⟧\", \"tin_type\": \"ITIN\"}}\n\nthe efile validator says R0000-905 for "
            "the spouse, what's that?",
            {"i": T(itin(""), IT), "j": T(itin(""), IT)})


@tpl(IT, "en")
def it_bank_form(lang):
    f, l = first("en"), last("en")
    return ("NEW ACCOUNT APPLICATION\nPrimary applicant: ⟦n⟧\nSSN or ITIN: ⟦i⟧\nOccupation: Line cook\n"
            "Employer: ⟦co⟧\n\nthey say they accept itin, but the online form rejects it. why?",
            {"n": f + " " + l, "i": T(itin(), IT), "co": pick(COMPANIES)})


@tpl(IT, "en")
def it_split(lang):
    i = itin()
    return ("my itin is ⟦i⟧, is it ok to use for opening a roth ira?",
            {"i": T(i[:4] + "\n" + i[4:], IT)})


@tpl(IT, "en")
def it_nodash_chat(lang):
    return ("got my itin finally!! ⟦i⟧ . now how do i get a credit card without an ssn",
            {"i": T(itin(""), IT)})


@tpl(IT, "en")
def it_1099(lang):
    f, l = first("en"), last("en")
    return ("PAYER'S TIN          RECIPIENT'S TIN\n(on file)             ⟦i⟧\nRECIPIENT'S name: ⟦n⟧\n"
            "1 Nonemployee compensation  $12,400.00\n\nis it normal the recipient tin starts with 9?",
            {"i": T(itin(), IT), "n": f + " " + l})


@tpl(IT, "en")
def it_md(lang):
    vals = {}
    rows = []
    for i in range(2):
        rows.append("| %s %s | ⟦i%d⟧ | %s |" % (first("en"), last("en"), i, pick(["2019", "2022", "2024"])))
        vals["i%d" % i] = T(itin(), IT)
    return ("| Dependent | ITIN | Issued |\n|---|---|---|\n" + "\n".join(rows) + "\n\ndo these need renewal for 2026 returns?", vals)


@tpl(IT, "en")
def it_sql(lang):
    return ("UPDATE taxpayers SET tin = '⟦i⟧', tin_type = 'ITIN' WHERE client_id = 8812;\n\n"
            "is there a check constraint i can add so tin_type ITIN always starts with 9?",
            {"i": T(itin(""), IT)})


@tpl(IT, "en")
def it_spaces(lang):
    return ("Spouse's ITIN: ⟦i⟧ (written like that on the letter from IRS) – should I type it with dashes in TurboTax?",
            {"i": T(itin(" "), IT)})


@tpl(IT, "es")
def it_es_carta(lang):
    return ("hola, me llegó la carta del IRS con mi número ITIN ⟦i⟧, ¿ya puedo declarar impuestos con él o tengo "
            "que esperar?",
            {"i": T(itin(), IT)})


@tpl(IT, "es")
def it_es_preparador(lang):
    f, l = first("es"), last("es")
    return ("Estimado contador:\nle mando mis datos para la declaración. Nombre: ⟦n⟧. ITIN: ⟦i⟧. Trabajé todo el año "
            "en construcción y me pagaron con 1099.\nSaludos",
            {"n": f + " " + l, "i": T(itin(pick(["-", ""])), IT)})


@tpl(IT, "pt")
def it_pt_renovar(lang):
    return ("Meu ITIN é ⟦i⟧, preciso renovar antes de declarar o imposto nos EUA este ano? Não declarei em 2023.",
            {"i": T(itin(), IT)})


@tpl(IT, "de")
def it_de_miete(lang):
    return ("Ich habe Mieteinnahmen aus einer Wohnung in Florida. Meine ITIN lautet ⟦i⟧ – muss ich trotzdem die "
            "1040-NR einreichen, wenn die Verwaltung schon Steuer einbehält?",
            {"i": T(itin(), IT)})


@tpl(IT, "fr")
def it_fr_revenus(lang):
    return ("J'ai un ITIN (⟦i⟧) pour mes revenus locatifs américains. Dois-je aussi les déclarer en France sur le "
            "formulaire 2047 ?",
            {"i": T(itin(), IT)})


@tpl(IT, "it")
def it_it_w8(lang):
    return ("Il mio ITIN è ⟦i⟧; va indicato nel modulo W-8BEN del broker o basta il codice fiscale italiano?",
            {"i": T(itin(), IT)})


@tpl(IT, "nl")
def it_nl_w8(lang):
    return ("Mijn ITIN-nummer is ⟦i⟧. Moet ik dat invullen op het W-8BEN-formulier voor mijn broker, of alleen "
            "mijn Nederlandse fiscale nummer?",
            {"i": T(itin(), IT)})


@tpl(IT, *FOREIGN)
def it_intl_form(lang):
    f, l = first(lang), last(lang)
    lab = {"de": ("Steuerzahler", "US-Steuernummer (ITIN)", "Ist das richtig ausgefüllt?"),
           "fr": ("Contribuable", "Numéro fiscal américain (ITIN)", "C'est bien rempli ?"),
           "es": ("Contribuyente", "Número de identificación personal del contribuyente (ITIN)", "¿Lo llené bien?"),
           "it": ("Contribuente", "Codice fiscale USA (ITIN)", "È compilato correttamente?"),
           "pt": ("Contribuinte", "Número de contribuinte americano (ITIN)", "Está bem preenchido?"),
           "nl": ("Belastingplichtige", "Amerikaans belastingnummer (ITIN)", "Klopt dit zo?")}[lang]
    return (lab[0] + ": ⟦n⟧\n" + lab[1] + ": ⟦i⟧\n\n" + lab[2], {"n": f + " " + l, "i": T(itin(), IT)})


# ====================================================================== HEALTH_INSURANCE_ID
@tpl(HI, "en")
def hi_medicare_card(lang):
    f, l = first("en"), last("en")
    return ("MEDICARE HEALTH INSURANCE\nName/Nombre\n⟦n⟧\nMedicare Number/Número de Medicare\n⟦m⟧\n"
            "Entitled to        Coverage starts\nHOSPITAL (PART A)   03-01-2024\nMEDICAL  (PART B)   03-01-2024\n\n"
            "scanned my dad's card, which number do i give the pharmacy?",
            {"n": (f + " " + l).upper(), "m": T(mbi_dash(mbi()), HI)})


@tpl(HI, "en")
def hi_chat_dad(lang):
    return ("my dads medicare # is ⟦m⟧ , the clinic says it's not found in their system. did they switch from the "
            "old ssn based number?",
            {"m": T(mbi(), HI)})


@tpl(HI, "en")
def hi_cms1500(lang):
    f, l = first("en"), last("en")
    return ("1. MEDICARE [X]  MEDICAID [ ]  TRICARE [ ]\n1a. INSURED'S I.D. NUMBER   ⟦m⟧\n2. PATIENT'S NAME  ⟦L⟧, ⟦F⟧\n"
            "3. PATIENT'S BIRTH DATE  ⟦dob⟧  SEX M\n\nclaim got rejected for invalid ID in 1a, what's wrong with it?",
            {"m": T(mbi(), HI), "L": l.upper(), "F": f.upper(), "dob": fdate("en", rdate(1935, 1958))})


@tpl(HI, "en")
def hi_csv_roster(lang):
    vals = {}
    rows = []
    for i in range(3):
        rows.append("%s %s,%d,⟦m%d⟧,%s" % (first("en"), last("en"), rint(101, 240), i, pick(["SilverScript", "none", "WellCare"])))
        vals["m%d" % i] = T(mbi(), HI)
    return ("resident,room,medicare_id,part_d_plan\n" + "\n".join(rows) + "\n\nsort by room and make a printable list", vals)


@tpl(HI, "en")
def hi_member_email(lang):
    f, l = first("en"), last("en")
    return ("Subject: Claim denied – wrong member ID?\n\nHello,\n\nMy son's claim from 11/14 was denied. His member ID is "
            "⟦m⟧ (I'm the subscriber). Can you reprocess?\n\nRegards,\n⟦n⟧",
            {"m": T(us_member_id(), HI), "n": f + " " + l})


@tpl(HI, "en")
def hi_ehic_en(lang):
    return ("I'm in Valencia with my EHIC and the clinic wants the card ID. It's ⟦e⟧ and the personal number is ⟦k⟧. "
            "Will they bill me anyway?",
            {"e": T(ehic("de"), HI), "k": T(kvnr(), HI)})


@tpl(HI, "en")
def hi_kvnr_en(lang):
    return ("My German health insurance number (KVNR) is ⟦k⟧ – how do I get my Krankenkasse to send an English "
            "insurance certificate for my US visa?",
            {"k": T(kvnr(), HI)})


@tpl(HI, "en")
def hi_270_json(lang):
    f, l = first("en"), last("en")
    return ("{\n  \"tradingPartnerServiceId\": \"CMS\",\n  \"subscriber\": {\n    \"memberId\": \"⟦m⟧\",\n"
            "    \"firstName\": \"⟦F⟧\",\n    \"lastName\": \"⟦L⟧\",\n    \"dateOfBirth\": \"⟦dob⟧\"\n  },\n"
            "  \"encounter\": {\"serviceTypeCodes\": [\"30\"]}\n}\n\neligibility check returns AAA 72, help",
            {"m": T(mbi(), HI), "F": f, "L": l, "dob": compact(rdate(1935, 1958))})


@tpl(HI, "en")
def hi_md(lang):
    vals = {}
    rows = []
    for i in range(2):
        rows.append("| %s %s | ⟦m%d⟧ | %s |" % (first("en"), last("en"), i, pick(["A+B", "A only", "Advantage"])))
        vals["m%d" % i] = T(mbi_dash(mbi()), HI)
    return ("| Patient | MBI | Coverage |\n|---|---|---|\n" + "\n".join(rows) + "\n\nwho needs an ABN before the screening?", vals)


@tpl(HI, "en")
def hi_split(lang):
    m = mbi_dash(mbi())
    return ("Medicare no. on the referral is ⟦m⟧ – can you retype the referral so it fits on one page?",
            {"m": T(m[:8] + "\n" + m[8:], HI)})


@tpl(HI, "en")
def hi_hl7_in1(lang):
    f, l = first("en"), last("en")
    flds = [""] * 37
    flds[1], flds[2], flds[3], flds[4] = "1", "MCRB", "CMS", "MEDICARE PART B"
    flds[12] = "20240301"
    flds[16] = l.upper() + "^" + f.upper()
    flds[17] = "01"
    flds[18] = compact(rdate(1935, 1958))
    flds[36] = "⟦m⟧"
    return ("IN1|" + "|".join(flds[1:]) + "\n\nwhich field is the policy number in this IN1? billing says it's empty",
            {"m": T(mbi(), HI)})


@tpl(HI, "en")
def hi_pharmacy(lang):
    return ("pharmacy ticket: pt presented new card, BIN 610014 PCN MEDDPRIME, member ID ⟦m⟧. rejected 70 - "
            "product not covered. what's the next step for the tech?",
            {"m": T(us_member_id(), HI)})


@tpl(HI, "en")
def hi_ocr_mbi(lang):
    return ("MEDICARE  NUMBER :  ⟦m⟧\n(from a blurry fax, the letters might be off)\nis this a valid MBI format?",
            {"m": T(ocr_space(mbi()), HI)})


@tpl(HI, "de")
def hi_de_egk(lang):
    return ("Hallo, die Praxis fragt nach meiner Versichertennummer. Auf der Gesundheitskarte steht ⟦k⟧ – ist das "
            "die richtige oder brauchen die die Kartennummer?",
            {"k": T(kvnr(), HI)})


@tpl(HI, "de")
def hi_de_formular(lang):
    f, l = first("de"), last("de")
    return ("Antrag auf Kostenerstattung\nName, Vorname: ⟦L⟧, ⟦F⟧\nKrankenversichertennummer: ⟦k⟧\n"
            "Kennnummer der Karte (EHIC): ⟦e⟧\nBehandlung im Ausland: Spanien, 02.–09.08.2026\n\n"
            "Kannst du mir ein kurzes Anschreiben an die Kasse dazu formulieren?",
            {"L": l, "F": f, "k": T(kvnr(), HI), "e": T(ehic("de"), HI)})


@tpl(HI, "fr")
def hi_fr_ceam(lang):
    return ("Je pars en Allemagne en janvier, ma carte européenne d'assurance maladie a le numéro d'identification "
            "⟦e⟧. Elle est valable jusqu'en 2028, ça suffit pour consulter un médecin là-bas ?",
            {"e": T(ehic("fr"), HI)})


@tpl(HI, "es")
def hi_es_medicare(lang):
    return ("mi papá tiene Medicare, su número es ⟦m⟧. ¿cómo pido la tarjeta de reemplazo si se le perdió?",
            {"m": T(mbi_dash(mbi()), HI)})


@tpl(HI, "it")
def hi_it_team(lang):
    f, l = first("it"), last("it")
    return ("Tessera europea di assicurazione malattia (TEAM)\nCognome: ⟦L⟧\nNome: ⟦F⟧\nNumero di identificazione "
            "della tessera: ⟦e⟧\n\nmi sono ammalata in Portogallo, come faccio per il rimborso?",
            {"L": l.upper(), "F": f.upper(), "e": T(ehic("it"), HI)})


@tpl(HI, "pt")
def hi_pt_cesd(lang):
    return ("Cartão Europeu de Seguro de Doença n.º ⟦e⟧ – fiquei doente em Espanha, o hospital pode cobrar a "
            "consulta na mesma?",
            {"e": T(ehic("pt"), HI)})


@tpl(HI, "nl")
def hi_nl_aok(lang):
    return ("Ik woon in Duitsland en ben verzekerd bij een Duitse Krankenkasse. Mijn verzekerdennummer is ⟦k⟧. "
            "Hoe vraag ik een EHIC-kaart aan voor de vakantie?",
            {"k": T(kvnr(), HI)})


@tpl(HI, *FOREIGN)
def hi_intl_ehic(lang):
    cc = lang
    lab = {"de": ("Europäische Krankenversicherungskarte – Kennnummer der Karte", "Brauche ich die Nummer für die Apotheke?"),
           "fr": ("Carte européenne d'assurance maladie – numéro d'identification de la carte", "Je dois donner ce numéro à la pharmacie ?"),
           "es": ("Tarjeta Sanitaria Europea – número de identificación de la tarjeta", "¿Tengo que dar este número en la farmacia?"),
           "it": ("Tessera europea – numero di identificazione della tessera", "Devo dare questo numero in farmacia?"),
           "pt": ("Cartão Europeu de Seguro de Doença – número de identificação do cartão", "Tenho de dar este número na farmácia?"),
           "nl": ("Europese zorgpas (EHIC) – identificatienummer van de kaart", "Moet ik dit nummer bij de apotheek opgeven?")}[lang]
    return (lab[0] + ": ⟦e⟧\n\n" + lab[1], {"e": T(ehic(cc), HI)})


# ====================================================================== BANK_ACCOUNT
@tpl(BA, "en")
def ba_direct_deposit(lang):
    f, l = first("en"), last("en")
    return ("DIRECT DEPOSIT AUTHORIZATION\nEmployee: ⟦n⟧\nBank name: ⟦b⟧\nRouting number (ABA): ⟦r⟧\n"
            "Account number: ⟦a⟧\nAccount type: [x] Checking [ ] Savings\n\ndoes this look complete before i give "
            "it to payroll?",
            {"n": f + " " + l, "b": pick(BANKS_US), "r": T(aba(), BA), "a": T(us_acct(), BA)})


@tpl(BA, "en")
def ba_chat_wire(lang):
    return ("can u send the deposit by wire instead of zelle? routing ⟦r⟧ acct ⟦a⟧ ((⟦b⟧)) thx",
            {"r": T(aba(), BA), "a": T(us_acct(), BA), "b": pick(BANKS_US)})


@tpl(BA, "en")
def ba_uk_chat(lang):
    f, l = first("en"), last("en")
    return ("hiya! for the flat deposit my sort code is ⟦s⟧ and account no ⟦a⟧, name ⟦n⟧. can you send it "
            "before friday x",
            {"s": T(sortcode(), BA), "a": T(uk_acct(), BA), "n": f + " " + l})


@tpl(BA, "en")
def ba_csv_vendors(lang):
    vals = {}
    rows = []
    for i in range(2):
        rows.append("V-%04d,%s,⟦r%d⟧,⟦a%d⟧,ACH" % (rint(1000, 9999), pick(COMPANIES), i, i))
        vals["r%d" % i] = T(aba(), BA)
        vals["a%d" % i] = T(us_acct(), BA)
    return ("vendor_id,vendor_name,routing,account,method\n" + "\n".join(rows) +
            "\n\ngenerate a NACHA file header for these", vals)


@tpl(BA, "en")
def ba_json_payout(lang):
    f, l = first("en"), last("en")
    return ("{\n  \"payout\": {\n    \"recipient\": \"⟦n⟧\",\n    \"bank_account\": {\n      \"routing_number\": "
            "\"⟦r⟧\",\n      \"account_number\": \"⟦a⟧\",\n      \"account_holder_type\": \"individual\"\n    },\n"
            "    \"amount_cents\": 125000\n  }\n}\n\nthe API returns routing_number_invalid, why?",
            {"n": f + " " + l, "r": T(aba(), BA), "a": T(us_acct(), BA)})


@tpl(BA, "en")
def ba_md_table(lang):
    vals = {}
    rows = []
    for i in range(2):
        rows.append("| %s %s | ⟦s%d⟧ | ⟦a%d⟧ | £%d |" % (first("en"), last("en"), i, i, rint(200, 1800)))
        vals["s%d" % i] = T(sortcode(), BA)
        vals["a%d" % i] = T(uk_acct(), BA)
    return ("| Payee | Sort code | Account | Amount |\n|---|---|---|---|\n" + "\n".join(rows) +
            "\n\nturn this into a Bacs bulk payment csv", vals)


@tpl(BA, "en")
def ba_micr(lang):
    return ("bottom line of the cheque (scanned):\n\n⑈⟦c⟧⑈ ⑆⟦r⟧⑆ ⟦a⟧⑈\n\nwhich part is my account number? "
            "setting up autopay",
            {"c": rs(DIG, 4), "r": T(aba(), BA), "a": T(us_acct(), BA)})


@tpl(BA, "en")
def ba_uk_nodash(lang):
    return ("sort ⟦s⟧ acc ⟦a⟧ – is that enough for a faster payment or do they need IBAN as well?",
            {"s": T(sortcode(""), BA), "a": T(uk_acct(), BA)})


@tpl(BA, "en")
def ba_uk_invoice(lang):
    f, l = first("en"), last("en")
    return ("Invoice #⟦inv⟧ – Web design, November\nTotal due: £2,350.00\n\nPlease remit payment to:\nAccount name: "
            "⟦n⟧ Design Ltd\nSort code: ⟦s⟧\nAccount number: ⟦a⟧\n\nThanks!\n⟦n⟧\n\nmake this invoice look more "
            "professional",
            {"inv": rs(DIG, 4), "n": f + " " + l, "s": T(sortcode(pick(["-", " "])), BA), "a": T(uk_acct(), BA)})


@tpl(BA, "en")
def ba_split(lang):
    a = us_acct()
    return ("Wire instructions\nABA: ⟦r⟧\nBeneficiary acct: ⟦a⟧\nRef: closing ⟦ref⟧\n\nis this legit? title company "
            "emailed new instructions today",
            {"r": T(aba(), BA), "a": T(a[:4] + "\n" + a[4:], BA), "ref": rs(DIG, 5)})


@tpl(BA, "en")
def ba_nacha(lang):
    r = aba()
    a = us_acct()
    f, l = first("en"), last("en")
    name = (f + " " + l).upper()[:22].ljust(22)
    return ("622⟦r⟧⟦a⟧⟦pad⟧0000152500EMP00⟦id⟧     ⟦nm⟧  0⟦tr⟧\n\nthis is one entry detail line from our ACH file, "
            "bank says the amount field is wrong",
            {"r": T(r, BA), "a": T(a, BA), "pad": " " * (17 - len(a)), "id": rs(DIG, 5), "nm": name,
             "tr": r[:8] + rs(DIG, 7)})


@tpl(BA, "en")
def ba_yaml(lang):
    return ("payroll:\n  employer_bank:\n    routing: \"⟦r⟧\"\n    account: \"⟦a⟧\"\n    type: checking\n"
            "  schedule: biweekly\n\nis this safe to keep in the repo if it's private?",
            {"r": T(aba(), BA), "a": T(us_acct(), BA)})


@tpl(BA, "en")
def ba_sql(lang):
    return ("INSERT INTO payee_accounts (payee_id, sort_code, account_no) VALUES (311, '⟦s⟧', '⟦a⟧');\n\n"
            "sort_code column is CHAR(6), do i strip the dashes?",
            {"s": T(sortcode(), BA), "a": T(uk_acct(), BA)})


@tpl(BA, "de")
def ba_de_kaution(lang):
    return ("Für die Mietkaution meiner Tochter in Boston: Routing Number ⟦r⟧, Kontonummer ⟦a⟧. Wie überweise ich "
            "das am günstigsten von der Sparkasse aus?",
            {"r": T(aba(), BA), "a": T(us_acct(), BA)})


@tpl(BA, "fr")
def ba_fr_uk(lang):
    f, l = first("fr"), last("fr")
    return ("Bonjour,\nvoici mes coordonnées bancaires au Royaume-Uni pour le remboursement : sort code ⟦s⟧, numéro "
            "de compte ⟦a⟧, titulaire ⟦n⟧.\nBien cordialement",
            {"s": T(sortcode(), BA), "a": T(uk_acct(), BA), "n": f + " " + l})


@tpl(BA, "es")
def ba_es_ruta(lang):
    return ("Para el pago de la factura, mis datos bancarios en EE. UU.: número de ruta ABA ⟦r⟧, número de cuenta "
            "⟦a⟧ (cuenta corriente). ¿Te falta algo?",
            {"r": T(aba(), BA), "a": T(us_acct(), BA)})


@tpl(BA, "it")
def ba_it_uk(lang):
    f, l = first("it"), last("it")
    return ("Coordinate bancarie UK: sort code ⟦s⟧ – numero di conto ⟦a⟧ – intestatario ⟦n⟧. Posso ricevere un "
            "bonifico dall'Italia con questi dati o serve l'IBAN?",
            {"s": T(sortcode(), BA), "a": T(uk_acct(), BA), "n": f + " " + l})


@tpl(BA, "pt")
def ba_pt_conta(lang):
    return ("Os dados da minha conta americana: routing ⟦r⟧, conta ⟦a⟧. Consigo receber por transferência do "
            "Brasil ou preciso de SWIFT?",
            {"r": T(aba(), BA), "a": T(us_acct(), BA)})


@tpl(BA, "nl")
def ba_nl_uk(lang):
    return ("Mijn Britse rekening: sortcode ⟦s⟧, rekeningnummer ⟦a⟧. Kan ik daar vanuit Nederland naar overmaken "
            "zonder hoge kosten?",
            {"s": T(sortcode(pick(["-", ""])), BA), "a": T(uk_acct(), BA)})


@tpl(BA, *FOREIGN)
def ba_intl_form(lang):
    lab = {"de": ("Bankverbindung (USA)", "Routing-Nummer", "Kontonummer", "Stimmt das Format?"),
           "fr": ("Coordonnées bancaires (États-Unis)", "Numéro de routage ABA", "Numéro de compte", "Le format est bon ?"),
           "es": ("Datos bancarios (EE. UU.)", "Número de ruta", "Número de cuenta", "¿El formato es correcto?"),
           "it": ("Coordinate bancarie (USA)", "Routing number", "Numero di conto", "Il formato è giusto?"),
           "pt": ("Dados bancários (EUA)", "Número de roteamento", "Número da conta", "O formato está certo?"),
           "nl": ("Bankgegevens (VS)", "Routingnummer", "Rekeningnummer", "Klopt dit formaat?")}[lang]
    return (lab[0] + "\n" + lab[1] + ": ⟦r⟧\n" + lab[2] + ": ⟦a⟧\n\n" + lab[3],
            {"r": T(aba(), BA), "a": T(us_acct(), BA)})


# ====================================================================== harmless look-alikes
@tpl(HL, "en")
def hl_order(lang):
    return ("hi, my order #⟦o⟧ still says 'label created' after 6 days. tracking ⟦t⟧. can you write a polite "
            "complaint to the seller?",
            {"o": "%d-%s-%s" % (rint(111, 114), rs(DIG, 7), rs(DIG, 7)), "t": ups()})


@tpl(HL, "en")
def hl_git_bisect(lang):
    sha = rs(HEXL, 40)
    return ("git bisect says the first bad commit is ⟦s⟧\n\ncommit ⟦s⟧\nAuthor: ⟦a⟧ <⟦e⟧>\nDate:   Tue Nov 24 "
            "16:02:11 2026 +0100\n\n    perf: cache tokenizer vocab (#⟦pr⟧)\n\nhow do I revert just that one without "
            "touching ⟦s2⟧?",
            {"s": sha, "a": fullname("en"), "e": "dev@" + pick(DOMAINS), "pr": str(rint(1000, 4999)), "s2": rs(HEXL, 7)})


@tpl(HL, "en")
def hl_uuid_trace(lang):
    return ("Request ⟦u⟧ failed with 502 at 2026-11-30T14:22:05Z, trace id ⟦t⟧, span ⟦sp⟧. what does "
            "upstream_reset_before_response_started mean?",
            {"u": uuid4(), "t": rs(HEXL, 32), "sp": rs(HEXL, 16)})


@tpl(HL, "en")
def hl_build(lang):
    return ("CI build #⟦b⟧ (pipeline ⟦p⟧) on runner gl-runner-07 fails after bumping react-native from 0.74.5 to "
            "0.76.1-rc.3. Build ID: ⟦bid⟧, artifact app-release-⟦v⟧.aab",
            {"b": str(rint(10000, 99999)), "p": str(rint(100000000, 999999999)), "bid": "20261130." + str(rint(1, 9)),
             "v": "4.%d.%d" % (rint(0, 20), rint(0, 9))})


@tpl(HL, "en")
def hl_placeholder_env(lang):
    return ("## Quick start (example values – do not use in production)\n\n```\nDB_USER=app\nDB_PASSWORD=changeme\n"
            "API_KEY=YOUR_API_KEY\nSECRET_KEY=<replace-with-random-string>\n```\n\nCan you turn this README section "
            "into a Helm values.yaml?", {})


@tpl(HL, "en")
def hl_masked_log(lang):
    return ("2026-11-30 08:14:55,201 INFO  [auth] login ok user=⟦u⟧ password=******** ip=10.12.4.77 session=⟦s⟧\n"
            "2026-11-30 08:14:55,388 WARN  [auth] mfa skipped for trusted device ⟦d⟧\n\nis it a problem that mfa was skipped?",
            {"u": uname(first("en"), last("en")), "s": rs(HEXL, 16), "d": uuid4()})


@tpl(HL, "en")
def hl_bearer_docs(lang):
    return ("From our API docs:\n\n    curl -H \"Authorization: Bearer <token>\" https://api.example.com/v1/items\n\n"
            "Replace <token> with the access_token returned by POST /oauth/token. Can you translate this into a "
            "python requests snippet?", {})


@tpl(HL, "en")
def hl_aws_example(lang):
    return ("The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as sample "
            "credentials. Is it fine to put those documented example values in our unit-test fixtures so the SDK "
            "initialises with moto?", {})


@tpl(HL, "en")
def hl_sku(lang):
    rows = []
    for _ in range(3):
        rows.append("%s-%d-%s-%s,%s,%d,%s-%02d-%d" % (pick(["HX", "TR", "KB", "PL"]), rint(1000, 9999),
                    pick(["BLK", "NVY", "OLV", "GRY"]), pick(["S", "M", "L", "XL"]),
                    pick(["Hoodie", "Rain shell", "Fleece vest", "Crew tee"]), rint(0, 80), pick("ABC"), rint(1, 20), rint(1, 5)))
    return ("inventory export:\nsku,desc,qty,bin\n" + "\n".join(rows) + "\n\nwhich bins are running low?", {})


@tpl(HL, "en")
def hl_room_ext(lang):
    return ("Interview moved to room ⟦r⟧ (bldg 2). If you get lost call reception ext. ⟦e⟧ or +1 (312) 555-01⟦p⟧. "
            "Badge pickup at desk 14.",
            {"r": "%d%s-%d" % (rint(2, 9), pick("ABC"), rint(100, 399)), "e": str(rint(2000, 8999)), "p": rs(DIG, 2)})


@tpl(HL, "en")
def hl_epoch(lang):
    return ("convert these epoch values to local time (America/Chicago): ⟦a⟧, ⟦b⟧, ⟦c⟧ and tell me which one is "
            "after the deploy window",
            {"a": str(rint(1795000000, 1799000000)), "b": str(rint(1795000000, 1799000000)),
             "c": str(rint(1795000000, 1799000000))})


@tpl(HL, "en")
def hl_invoice(lang):
    return ("Invoice INV-2026-⟦i⟧ dated 11/28/2026, PO ⟦po⟧, amount due $3,482.10, terms Net 30, customer no. "
            "⟦c⟧. Draft a friendly reminder email.",
            {"i": rs(DIG, 6), "po": "45" + rs(DIG, 8), "c": rs(DIG, 7)})


@tpl(HL, "en")
def hl_jira(lang):
    return ("OPS-⟦a⟧ and OPS-⟦b⟧ are dupes of INC00⟦c⟧, can you write the closing comment and link them?",
            {"a": str(rint(10000, 12999)), "b": str(rint(10000, 12999)), "c": rs(DIG, 5)})


@tpl(HL, "en")
def hl_masked_ssn(lang):
    return ("Customer verified with last four of SSN (XXX-XX-⟦s⟧) and card ending ⟦c⟧. Wants paperless statements. "
            "Summarize the call notes.",
            {"s": rs(DIG, 4), "c": rs(DIG, 4)})


@tpl(HL, "en")
def hl_zendesk(lang):
    return ("Zendesk ticket ⟦a⟧ was merged into ⟦b⟧ but the customer keeps replying to the old one. how do I stop "
            "it reopening?",
            {"a": nz(9), "b": nz(9)})


@tpl(HL, "en")
def hl_isbn(lang):
    return ("format this as APA: 'Practical Data Pipelines', 2nd ed., ISBN ⟦i⟧, Quarry Hill Press, 2024, 412 pages",
            {"i": isbn13()})


@tpl(HL, "en")
def hl_npm_integrity(lang):
    return ("package-lock.json conflict:\n\n    \"node_modules/lodash\": {\n      \"version\": \"4.17.21\",\n"
            "      \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n"
            "      \"integrity\": \"sha512-⟦h⟧==\"\n    }\n\nwhich side do I keep?",
            {"h": rs(ALN + "+/", 86)})


@tpl(HL, "en")
def hl_docker_digest(lang):
    return ("image: ghcr.io/⟦o⟧/api@sha256:⟦h⟧\n\nrenovate keeps bumping this digest daily, how do I pin to a tag "
            "instead?",
            {"o": pick(ORGS), "h": rs(HEXL, 64)})


@tpl(HL, "en")
def hl_eticket(lang):
    return ("Booking ref ⟦b⟧, e-ticket ⟦e⟧, flight LH ⟦f⟧ seat 32C on 12/19. Can I change the date without a fee "
            "on a Light fare?",
            {"b": rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), "e": "220-" + rs(DIG, 10), "f": str(rint(400, 499))})


@tpl(HL, "en")
def hl_serial(lang):
    return ("Device S/N: ⟦s⟧, asset tag IT-00⟦a⟧, MAC ⟦m⟧. Laptop won't boot past the logo, write the RMA request.",
            {"s": "C02" + rs(UPP + DIG, 9), "a": rs(DIG, 4),
             "m": ":".join(rs(HEXL, 2) for _ in range(6))})


@tpl(HL, "en")
def hl_conn_placeholder(lang):
    return ("The docs say to set DATABASE_URL like this:\n\n    postgresql://user:<password>@localhost:5432/mydb\n\n"
            "(example only, fill in your own). Does the <password> part need URL-encoding if it has an @ in it?", {})


@tpl(HL, "en")
def hl_sk_placeholder(lang):
    return ("Tutorial step 2:\n\n    export OPENAI_API_KEY=\"sk-...\"   # paste your own key here\n\n"
            "On Windows PowerShell what's the equivalent of this export line?", {})


@tpl(HL, "en")
def hl_med_codes(lang):
    return ("ICD-10 E11.9, CPT 99214, LOINC 4548-4 (HbA1c), NDC 0002-8215-01, room 412-B. Which of these go on the "
            "superbill and which are just for the chart?", {})


@tpl(HL, "en")
def hl_ivr(lang):
    return ("dial 9 then 1-800-555-01⟦a⟧, at the prompt enter ext ⟦e⟧, then press 2 for billing. conference "
            "bridge ⟦c⟧#. write this as a short how-to for the new hires",
            {"a": rs(DIG, 2), "e": str(rint(10000, 39999)), "c": nz(9)})


@tpl(HL, "en")
def hl_usps(lang):
    return ("USPS tracking ⟦t⟧ hasn't moved since Sunday, and the 2nd package ⟦t2⟧ says delivered but isn't here. "
            "what are my options?",
            {"t": usps(), "t2": usps()})


@tpl(HL, "en")
def hl_versions(lang):
    return ("env: kernel 6.8.0-49-generic, nvidia driver 560.35.03, CUDA 12.6.2, cuDNN 9.5.1.17, torch "
            "2.5.1+cu124, build 20261130.1842. nvidia-smi says driver mismatch, why?", {})


@tpl(HL, "en")
def hl_ansible_vars(lang):
    return ("roles/db/defaults/main.yml:\n\ndb_user: app\ndb_password: \"{{ vault_db_password }}\"\n"
            "admin_token: \"{{ lookup('env', 'ADMIN_TOKEN') }}\"\n\nhow do i make ansible-vault prompt for the vault "
            "password only once?", {})


@tpl(HL, "en")
def hl_k8s_replaceme(lang):
    return ("# sample manifest from the chart's README – replace before use\napiVersion: v1\nkind: Secret\n"
            "metadata:\n  name: app-secrets\nstringData:\n  DB_PASSWORD: REPLACE_ME\n  JWT_SECRET: <generate-with-openssl-rand>\n\n"
            "what's a good way to generate these values?", {})


@tpl(HL, "en")
def hl_changelog(lang):
    rows = "\n".join("- %s %s" % (rs(HEXL, 7), pick(["fix: null check in parser", "chore: bump deps",
                                                        "feat: add retry to uploader", "docs: typo"])) for _ in range(4))
    return ("changelog since v3.8.2:\n" + rows + "\n\nwrite release notes from this", {})


@tpl(HL, "en")
def hl_password_policy(lang):
    return ("Our password policy doc says: \"minimum 14 characters, e.g. a passphrase like <four random words>; never "
            "reuse passwords; the default 'changeme' must be changed at first login\". Rewrite it to be friendlier.", {})


@tpl(HL, "en")
def hl_lab_accession(lang):
    return ("Specimen label: ACC 26-334-⟦a⟧ | Tube: lavender EDTA | Collected 07:40 | Rack ⟦r⟧ pos ⟦p⟧. What does "
            "lavender top mean?",
            {"a": rs(DIG, 5), "r": str(rint(10, 99)), "p": str(rint(1, 96))})


# foreign-language look-alikes
@tpl(HL, *FOREIGN)
def hl_intl_order(lang):
    words = {
        "de": "Hallo, meine Bestellung Nr. ⟦o⟧ ist immer noch nicht da. Sendungsnummer ⟦t⟧. Kannst du mir eine freundliche Beschwerde formulieren?",
        "fr": "Bonjour, ma commande n° ⟦o⟧ n'est toujours pas arrivée. Numéro de suivi ⟦t⟧. Tu peux m'aider à écrire une réclamation polie ?",
        "es": "Hola, mi pedido n.º ⟦o⟧ sigue sin llegar. Número de seguimiento ⟦t⟧. ¿Me ayudas a escribir una reclamación educada?",
        "it": "Ciao, il mio ordine n. ⟦o⟧ non è ancora arrivato. Codice di tracciamento ⟦t⟧. Mi aiuti a scrivere un reclamo cortese?",
        "pt": "Olá, a minha encomenda n.º ⟦o⟧ ainda não chegou. Número de seguimento ⟦t⟧. Ajudas-me a escrever uma reclamação educada?",
        "nl": "Hoi, mijn bestelling nr. ⟦o⟧ is nog steeds niet binnen. Track & trace ⟦t⟧. Kun je een beleefde klacht voor me schrijven?",
    }
    trk = {"de": "00340434" + rs(DIG, 12), "fr": "6A" + rs(DIG, 11), "es": "PK" + rs(UPP, 2) + rs(DIG, 9) + "ES",
           "it": "RR" + rs(DIG, 9) + "IT", "pt": "RR" + rs(DIG, 9) + "PT", "nl": "3S" + rs(UPP, 4) + rs(DIG, 9)}[lang]
    return (words[lang], {"o": "%d-%s-%s" % (rint(301, 306), rs(DIG, 7), rs(DIG, 7)), "t": trk})


@tpl(HL, *FOREIGN)
def hl_intl_invoice(lang):
    words = {
        "de": "Rechnungsnummer RE-2026-⟦i⟧, Kundennummer ⟦c⟧, Auftragsnummer ⟦a⟧, Betrag 1.284,50 €. Bitte eine kurze Zahlungserinnerung formulieren.",
        "fr": "Facture n° F2026-⟦i⟧, numéro client ⟦c⟧, bon de commande ⟦a⟧, montant 1 284,50 €. Rédige une relance courtoise.",
        "es": "Factura n.º 2026/⟦i⟧, número de cliente ⟦c⟧, pedido ⟦a⟧, importe 1.284,50 €. Redacta un recordatorio de pago amable.",
        "it": "Fattura n. ⟦i⟧/2026, codice cliente ⟦c⟧, ordine ⟦a⟧, importo 1.284,50 €. Scrivi un sollecito gentile.",
        "pt": "Fatura n.º FT 2026/⟦i⟧, n.º de cliente ⟦c⟧, encomenda ⟦a⟧, valor 1.284,50 €. Escreve um lembrete de pagamento simpático.",
        "nl": "Factuurnummer 2026-⟦i⟧, klantnummer ⟦c⟧, ordernummer ⟦a⟧, bedrag € 1.284,50. Schrijf een vriendelijke betalingsherinnering.",
    }
    return (words[lang], {"i": rs(DIG, 5), "c": nz(7), "a": nz(9)})


@tpl(HL, *FOREIGN)
def hl_intl_placeholder(lang):
    words = {
        "de": "Aus unserer Doku (nur Beispielwerte!):\n\nDB_PASSWORT=changeme\nAPI_SCHLUESSEL=DEIN_API_KEY\n\nKannst du daraus eine docker-compose.yml machen?",
        "fr": "Extrait de la doc (valeurs d'exemple uniquement) :\n\nDB_PASSWORD=changeme\nAPI_KEY=VOTRE_CLE_API\n\nTu peux en faire un docker-compose.yml ?",
        "es": "De la documentación (solo valores de ejemplo):\n\nDB_PASSWORD=changeme\nAPI_KEY=TU_API_KEY\n\n¿Me lo conviertes en un docker-compose.yml?",
        "it": "Dalla documentazione (valori di esempio, non usarli):\n\nDB_PASSWORD=changeme\nAPI_KEY=LA_TUA_API_KEY\n\nMe lo trasformi in un docker-compose.yml?",
        "pt": "Da documentação (apenas valores de exemplo):\n\nDB_PASSWORD=changeme\nAPI_KEY=A_TUA_API_KEY\n\nConsegues transformar isto num docker-compose.yml?",
        "nl": "Uit de documentatie (alleen voorbeeldwaarden):\n\nDB_PASSWORD=changeme\nAPI_KEY=JOUW_API_KEY\n\nKun je hier een docker-compose.yml van maken?",
    }
    return (words[lang], {})


@tpl(HL, "de")
def hl_de_termin(lang):
    return ("Termin am 03.12. um 14:30 in Raum ⟦r⟧, Aktenzeichen ⟦a⟧, Durchwahl ⟦d⟧. Schreib mir bitte eine "
            "kurze Bestätigung an die Hausverwaltung.",
            {"r": "%d.%02d" % (rint(1, 4), rint(1, 40)), "a": "%d C %d/26" % (rint(1, 40), rint(100, 999)), "d": str(rint(200, 899))})


@tpl(HL, "fr")
def hl_fr_chambre(lang):
    return ("Réservation n° ⟦r⟧, chambre ⟦c⟧, arrivée le 19/12 à 15 h 00, code porte envoyé par SMS. Tu peux "
            "écrire un message pour demander un départ tardif ?",
            {"r": nz(10), "c": str(rint(101, 612))})


@tpl(HL, "es")
def hl_es_localizador(lang):
    return ("Localizador ⟦l⟧, billete ⟦b⟧, coche 5 asiento 12A, salida 08:35. ¿Puedo cambiar el tren sin "
            "penalización?",
            {"l": rs("ABCDEFGHJKLMNPRSTUVWXYZ", 6), "b": nz(13)})


@tpl(HL, "it")
def hl_it_articolo(lang):
    return ("Codice articolo ⟦a⟧, lotto ⟦l⟧, scadenza 11/2027, DDT n. ⟦d⟧ del 28/11/2026. Scrivi una mail al "
            "fornitore per la merce mancante.",
            {"a": "ART-" + rs(DIG, 6), "l": "L" + rs(DIG, 7), "d": str(rint(1000, 9999))})


@tpl(HL, "pt")
def hl_pt_multibanco(lang):
    return ("Para pagar a fatura: Entidade ⟦e⟧, Referência ⟦r⟧, Montante 47,90 €. É seguro pagar por Multibanco ou "
            "pode ser burla?",
            {"e": str(rint(10000, 99999)), "r": " ".join(rs(DIG, 3) for _ in range(3))})


@tpl(HL, "nl")
def hl_nl_versie(lang):
    return ("Na de update naar versie ⟦v⟧ (build ⟦b⟧) crasht de app bij het openen van factuur ⟦f⟧. Hoe meld ik "
            "dit het beste bij de leverancier?",
            {"v": "3.%d.%d" % (rint(0, 20), rint(0, 9)), "b": str(rint(10000, 99999)), "f": "2026-" + rs(DIG, 5)})


# ---------------------------------------------------------------- extra foreign-language variety
@tpl(PP, *FOREIGN)
def pp_intl_mail(lang):
    f, l = first("en"), last("en")
    body = {
        "de": "Hallo ⟦hr⟧,\n\nfür die Buchung der Dienstreise nach Chicago: mein US-Reisepass hat die Nummer ⟦p⟧, gültig bis ⟦exp⟧. Kannst du das ans Reisebüro weitergeben?\n\nDanke und Gruß\n⟦n⟧",
        "fr": "Bonjour ⟦hr⟧,\n\npour la réservation du déplacement à Chicago : mon passeport américain porte le numéro ⟦p⟧, valable jusqu'au ⟦exp⟧. Tu peux transmettre à l'agence de voyages ?\n\nMerci,\n⟦n⟧",
        "es": "Hola ⟦hr⟧:\n\npara reservar el viaje a Chicago, mi pasaporte estadounidense es el ⟦p⟧ y caduca el ⟦exp⟧. ¿Se lo pasas a la agencia?\n\nGracias,\n⟦n⟧",
        "it": "Ciao ⟦hr⟧,\n\nper la prenotazione della trasferta a Chicago: il mio passaporto statunitense ha il numero ⟦p⟧, scadenza ⟦exp⟧. Puoi girarlo all'agenzia viaggi?\n\nGrazie,\n⟦n⟧",
        "pt": "Olá ⟦hr⟧,\n\npara a reserva da viagem a Chicago: o meu passaporte americano tem o número ⟦p⟧, válido até ⟦exp⟧. Podes reencaminhar para a agência?\n\nObrigado,\n⟦n⟧",
        "nl": "Hoi ⟦hr⟧,\n\nvoor de boeking van de dienstreis naar Chicago: mijn Amerikaanse paspoort heeft nummer ⟦p⟧, geldig tot ⟦exp⟧. Kun je dat doorsturen naar het reisbureau?\n\nBedankt,\n⟦n⟧",
    }[lang]
    return (body, {"hr": first(lang), "p": T(passport(), PP), "exp": fdate(lang, rdate(2027, 2035)), "n": f + " " + l})


@tpl(PP, *FOREIGN)
def pp_intl_mrz(lang):
    f, l = first("en"), last("en")
    p = passport()
    l1, l2 = mrz(l, f, p, rdate(1955, 2004), pick("MF"), rdate(2027, 2035))
    ask = {"de": "Kannst du aus dieser MRZ Namen, Geburtsdatum und Ablaufdatum auslesen?",
           "fr": "Tu peux extraire le nom, la date de naissance et la date d'expiration de cette bande MRZ ?",
           "es": "¿Puedes sacar el nombre, la fecha de nacimiento y la caducidad de esta zona MRZ?",
           "it": "Riesci a ricavare nome, data di nascita e scadenza da questa MRZ?",
           "pt": "Consegues tirar o nome, a data de nascimento e a validade desta zona MRZ?",
           "nl": "Kun je naam, geboortedatum en vervaldatum uit deze MRZ halen?"}[lang]
    return (ask + "\n\n⟦l1⟧\n⟦p2⟧⟦rest⟧", {"l1": l1, "p2": T(l2[:9], PP), "rest": l2[9:]})


@tpl(IT, *FOREIGN)
def it_intl_mail(lang):
    f, l = first(lang), last(lang)
    body = {
        "de": "Betreff: Unterlagen US-Steuererklärung 2025\n\nHallo Frau ⟦x⟧,\n\nanbei die 1042-S von meinem Broker. Meine ITIN ist ⟦i⟧ (eine SSN habe ich nicht). Reicht das für die Erstattung der Quellensteuer?\n\nViele Grüße\n⟦n⟧",
        "fr": "Objet : Déclaration US 2025\n\nBonjour Madame ⟦x⟧,\n\nvous trouverez ci-joint le formulaire 1042-S de mon courtier. Mon ITIN est le ⟦i⟧ (je n'ai pas de SSN). Est-ce suffisant pour récupérer la retenue à la source ?\n\nBien à vous,\n⟦n⟧",
        "es": "Asunto: Documentos impuestos 2025\n\nHola, señora ⟦x⟧:\n\nle adjunto el formulario 1042-S de mi bróker. Mi ITIN es ⟦i⟧ (no tengo SSN). ¿Es suficiente para recuperar la retención?\n\nUn saludo,\n⟦n⟧",
        "it": "Oggetto: dichiarazione USA 2025\n\nGentile dott.ssa ⟦x⟧,\n\nle allego il modulo 1042-S del mio broker. Il mio ITIN è ⟦i⟧ (non ho un SSN). Basta per recuperare la ritenuta alla fonte?\n\nCordiali saluti,\n⟦n⟧",
        "pt": "Assunto: Documentos IRS 2025\n\nOlá Dra. ⟦x⟧,\n\nsegue em anexo o formulário 1042-S da minha corretora. O meu ITIN é ⟦i⟧ (não tenho SSN). Chega para recuperar a retenção na fonte?\n\nCumprimentos,\n⟦n⟧",
        "nl": "Onderwerp: Stukken Amerikaanse aangifte 2025\n\nBeste mevrouw ⟦x⟧,\n\nIn de bijlage het 1042-S-formulier van mijn broker. Mijn ITIN is ⟦i⟧ (ik heb geen SSN). Is dat genoeg om de bronbelasting terug te vragen?\n\nMet vriendelijke groet,\n⟦n⟧",
    }[lang]
    return (body, {"x": last(lang), "i": T(itin(pick(["-", "", " "])), IT), "n": f + " " + l})


@tpl(HI, *FOREIGN)
def hi_intl_pharmacy(lang):
    body = {
        "de": "die Apotheke in Italien wollte unbedingt Versichertennummer und Kartennummer: ⟦k⟧ / ⟦e⟧. ist das normal oder muss ich mir Sorgen machen?",
        "fr": "la pharmacie en Italie voulait absolument le long numéro de ma carte européenne d'assurance maladie : ⟦e⟧. c'est normal ?",
        "es": "en la farmacia de Italia me pidieron el número largo de la tarjeta sanitaria europea: ⟦e⟧. ¿es normal?",
        "it": "in farmacia in Spagna mi hanno chiesto il numero lungo sul retro della tessera sanitaria: ⟦e⟧. è normale?",
        "pt": "na farmácia em Itália pediram-me o número comprido do cartão europeu de seguro de doença: ⟦e⟧. é normal?",
        "nl": "de apotheek in Italië wilde per se het lange nummer van mijn EHIC-pas: ⟦e⟧. is dat normaal?",
    }[lang]
    vals = {"e": T(ehic(lang), HI)}
    if lang == "de":
        vals["k"] = T(kvnr(), HI)
    return (body, vals)


@tpl(BA, *FOREIGN)
def ba_intl_chat(lang):
    body = {
        "de": "hey, kannst du mir die 40 Pfund fürs Konzert überweisen? sort code ⟦s⟧, Kontonr. ⟦a⟧ (bin noch bei der britischen Bank)",
        "fr": "coucou, tu peux me rembourser les 40 livres du concert ? sort code ⟦s⟧ compte ⟦a⟧ (c'est mon compte anglais)",
        "es": "oye, ¿me pasas las 40 libras del concierto? sort code ⟦s⟧ cuenta ⟦a⟧ (es mi cuenta de Londres)",
        "it": "ehi, mi giri le 40 sterline del concerto? sort code ⟦s⟧ conto ⟦a⟧ (è il conto inglese)",
        "pt": "olá, podes transferir-me as 40 libras do concerto? sort code ⟦s⟧ conta ⟦a⟧ (é a minha conta britânica)",
        "nl": "hee, kun je me de 40 pond voor het concert overmaken? sort code ⟦s⟧ rekening ⟦a⟧ (mijn Britse rekening)",
    }[lang]
    return (body, {"s": T(sortcode(pick(["-", "", " "])), BA), "a": T(uk_acct(), BA)})


@tpl(SS, *FOREIGN)
def ss_intl_chat(lang):
    body = {
        "de": "mein Steuerberater fragt nach meiner Social Security Number für die US-Erklärung – ist das die ⟦s⟧ von meiner alten Karte aus Ohio?",
        "fr": "mon comptable me demande mon Social Security Number pour la déclaration américaine, c'est bien le ⟦s⟧ qui est sur ma vieille carte ?",
        "es": "mi gestor me pide el Social Security Number para la declaración de EE. UU., ¿es el ⟦s⟧ que sale en mi tarjeta vieja?",
        "it": "il commercialista mi chiede il Social Security Number per la dichiarazione americana, è il ⟦s⟧ che c'è sulla mia vecchia tessera?",
        "pt": "o meu contabilista pede o Social Security Number para a declaração americana, é o ⟦s⟧ que está no meu cartão antigo?",
        "nl": "mijn boekhouder vraagt om mijn Social Security Number voor de Amerikaanse aangifte, is dat de ⟦s⟧ op mijn oude kaart?",
    }[lang]
    return (body, {"s": T(ssn(pick(["-", "", " "])), SS)})
