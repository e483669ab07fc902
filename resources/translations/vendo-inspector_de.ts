<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Desktop admin and diagnostics tool for the Vendo credentials service.</source>
        <translation>Verwaltungs- und Diagnosewerkzeug für den Vendo-Credentials-Dienst.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox service and use its Sandbox profile.</source>
        <translation>Den eingebetteten Sandbox-Dienst starten und sein Sandbox-Profil verwenden.</translation>
    </message>
    <message>
        <source>Render the window in the sandbox into FILE (PNG) and quit.</source>
        <translation>Das Fenster mit der Sandbox in DATEI (PNG) zeichnen und beenden.</translation>
    </message>
    <message>
        <source>The state to render with --screenshot: %1.</source>
        <translation>Der mit --screenshot zu zeichnende Zustand: %1.</translation>
    </message>
    <message>
        <source>vendo-inspector: the sandbox cannot start: %1</source>
        <translation>vendo-inspector: Die Sandbox kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Print diagnostics (requests, retries, keychain, sandbox) on standard error; never a secret.</source>
        <translation>Diagnosemeldungen (Anfragen, Wiederholungen, Schlüsselbund, Sandbox) auf der Standardfehlerausgabe ausgeben; nie ein Geheimnis.</translation>
    </message>
    <message>
        <source>A token, header block, curl command, HAR file or log to open.</source>
        <translation>Ein Token, ein Header-Block, ein curl-Befehl, eine HAR-Datei oder ein Protokoll zum Öffnen.</translation>
    </message>
</context>
<context>
    <name>vendo::client::CurlCommand</name>
    <message>
        <source>The curl command has an unterminated quote.</source>
        <translation>Der curl-Befehl enthält ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
    <message>
        <source>No curl command was found.</source>
        <translation>Es wurde kein curl-Befehl gefunden.</translation>
    </message>
    <message>
        <source>The curl command sends no header (-H).</source>
        <translation>Der curl-Befehl sendet keinen Header (-H).</translation>
    </message>
</context>
<context>
    <name>vendo::client::Errors</name>
    <message>
        <source>The API key or the user&apos;s identity token is unknown, revoked or expired.</source>
        <translation>Der API-Schlüssel oder das Identitätstoken des Nutzers ist unbekannt, widerrufen oder abgelaufen.</translation>
    </message>
    <message>
        <source>Issue a new API key, or ask the user to sign in again for a fresh identity token.</source>
        <translation>Einen neuen API-Schlüssel ausstellen oder den Nutzer bitten, sich für ein frisches Identitätstoken neu anzumelden.</translation>
    </message>
    <message>
        <source>The user or app has no active connection for this provider.</source>
        <translation>Nutzer oder App haben keine aktive Verbindung zu diesem Provider.</translation>
    </message>
    <message>
        <source>The provider&apos;s OAuth grant has expired.</source>
        <translation>Die OAuth-Berechtigung des Providers ist abgelaufen.</translation>
    </message>
    <message>
        <source>The wallet is empty.</source>
        <translation>Das Guthaben ist aufgebraucht.</translation>
    </message>
    <message>
        <source>Top up the wallet on vendo.run.</source>
        <translation>Guthaben auf vendo.run aufladen.</translation>
    </message>
    <message>
        <source>A daily or monthly spend cap has been reached.</source>
        <translation>Ein tägliches oder monatliches Ausgabenlimit ist erreicht.</translation>
    </message>
    <message>
        <source>Wait until the cap resets (see Retry-After) or raise the cap.</source>
        <translation>Warten, bis das Limit zurückgesetzt wird (siehe Retry-After), oder das Limit erhöhen.</translation>
    </message>
    <message>
        <source>The provider (or the service) is rate limiting requests.</source>
        <translation>Der Provider (oder der Dienst) drosselt Anfragen.</translation>
    </message>
    <message>
        <source>Wait for the Retry-After interval before trying again.</source>
        <translation>Vor dem nächsten Versuch das Retry-After-Intervall abwarten.</translation>
    </message>
    <message>
        <source>The provider failed to answer the service.</source>
        <translation>Der Provider hat dem Dienst nicht geantwortet.</translation>
    </message>
    <message>
        <source>Retry later; check the provider&apos;s status page if it persists.</source>
        <translation>Später erneut versuchen; bei Fortbestehen die Statusseite des Providers prüfen.</translation>
    </message>
    <message>
        <source>The service rejected the request as malformed.</source>
        <translation>Der Dienst hat die Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>Check the slug and parameters sent (see the request log).</source>
        <translation>Gesendeten Slug und Parameter prüfen (siehe Anfrageprotokoll).</translation>
    </message>
    <message>
        <source>The same idempotency key was used with a different payload.</source>
        <translation>Derselbe Idempotenzschlüssel wurde mit anderem Inhalt verwendet.</translation>
    </message>
    <message>
        <source>Use a new idempotency key for a different request.</source>
        <translation>Für eine andere Anfrage einen neuen Idempotenzschlüssel verwenden.</translation>
    </message>
    <message>
        <source>No API key is configured, so the client is not in Vendo mode.</source>
        <translation>Kein API-Schlüssel konfiguriert, daher ist der Client nicht im Vendo-Modus.</translation>
    </message>
    <message>
        <source>Store an API key for this profile (or set VENDO_API_KEY).</source>
        <translation>Einen API-Schlüssel für dieses Profil speichern (oder VENDO_API_KEY setzen).</translation>
    </message>
    <message>
        <source>The request carries no X-Vendo-User-JWT header (or it is empty).</source>
        <translation>Die Anfrage hat keinen (oder einen leeren) X-Vendo-User-JWT-Header.</translation>
    </message>
    <message>
        <source>Make the caller send X-Vendo-User-JWT with the user&apos;s identity token.</source>
        <translation>Den Aufrufer X-Vendo-User-JWT mit dem Identitätstoken des Nutzers senden lassen.</translation>
    </message>
    <message>
        <source>The service reported an error without a known code.</source>
        <translation>Der Dienst meldete einen Fehler ohne bekannten Code.</translation>
    </message>
    <message>
        <source>Read the message and the request id, and contact Vendo support if it persists.</source>
        <translation>Meldung und Request-ID lesen und bei Fortbestehen den Vendo-Support kontaktieren.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at that address and port.</source>
        <translation>Unter dieser Adresse und diesem Port hat nichts die Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s URL and port, and that the service is running.</source>
        <translation>URL und Port des Profils prüfen und ob der Dienst läuft.</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>Der Hostname konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the host name in the profile and the machine&apos;s DNS settings.</source>
        <translation>Hostnamen im Profil und DNS-Einstellungen des Rechners prüfen.</translation>
    </message>
    <message>
        <source>The TLS handshake failed; the server&apos;s certificate was not accepted.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen; das Zertifikat des Servers wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the certificate problem named here, the system clock and any intercepting proxy.</source>
        <translation>Das genannte Zertifikatsproblem, die Systemuhr und etwaige abfangende Proxys prüfen.</translation>
    </message>
    <message>
        <source>No complete answer arrived within the timeout.</source>
        <translation>Innerhalb der Zeitgrenze kam keine vollständige Antwort.</translation>
    </message>
    <message>
        <source>Retry; if it persists, check connectivity or raise the timeout.</source>
        <translation>Erneut versuchen; bei Fortbestehen Verbindung prüfen oder Zeitgrenze erhöhen.</translation>
    </message>
    <message>
        <source>The connection was closed or reset before the answer was complete.</source>
        <translation>Die Verbindung wurde vor Ende der Antwort geschlossen oder zurückgesetzt.</translation>
    </message>
    <message>
        <source>Retry; a proxy or load balancer may be dropping connections.</source>
        <translation>Erneut versuchen; ein Proxy oder Load Balancer verwirft eventuell Verbindungen.</translation>
    </message>
    <message>
        <source>The request failed at the network level.</source>
        <translation>Die Anfrage ist auf Netzwerkebene fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check network connectivity and proxy settings, then retry.</source>
        <translation>Netzwerkverbindung und Proxy-Einstellungen prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The answer&apos;s body is not the JSON the contract describes.</source>
        <translation>Der Inhalt der Antwort ist nicht das im Vertrag beschriebene JSON.</translation>
    </message>
    <message>
        <source>Check that the URL points at the Vendo service and not at a proxy or web page.</source>
        <translation>Prüfen, dass die URL auf den Vendo-Dienst zeigt und nicht auf einen Proxy oder eine Webseite.</translation>
    </message>
    <message>
        <source>The answer was larger than 1 MiB and was abandoned.</source>
        <translation>Die Antwort war größer als 1 MiB und wurde verworfen.</translation>
    </message>
    <message>
        <source>Check that the URL points at the Vendo service; its answers are small.</source>
        <translation>Prüfen, dass die URL auf den Vendo-Dienst zeigt; seine Antworten sind klein.</translation>
    </message>
    <message>
        <source>The answer is not application/json.</source>
        <translation>Die Antwort ist kein application/json.</translation>
    </message>
    <message>
        <source>Check that the URL points at the Vendo service and not at a login page or proxy.</source>
        <translation>Prüfen, dass die URL auf den Vendo-Dienst zeigt und nicht auf eine Anmeldeseite oder einen Proxy.</translation>
    </message>
    <message>
        <source>The server redirected to another origin; credentials are never sent there.</source>
        <translation>Der Server hat auf einen anderen Ursprung umgeleitet; Zugangsdaten werden nie dorthin gesendet.</translation>
    </message>
    <message>
        <source>Use the final URL directly in the profile if it is trustworthy.</source>
        <translation>Die endgültige URL direkt im Profil verwenden, wenn sie vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The URL uses plain http on a host that is not loopback.</source>
        <translation>Die URL verwendet einfaches http auf einem Host, der nicht Loopback ist.</translation>
    </message>
    <message>
        <source>Use an https URL in the profile.</source>
        <translation>Im Profil eine https-URL verwenden.</translation>
    </message>
    <message>
        <source>The input could not be used.</source>
        <translation>Die Eingabe konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Correct the input as the message says and try again.</source>
        <translation>Die Eingabe wie in der Meldung beschrieben korrigieren und erneut versuchen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Run it again when needed.</source>
        <translation>Bei Bedarf erneut ausführen.</translation>
    </message>
    <message>
        <source>The customer connects the provider in your app (its connections or integrations screen), signed in as themselves; the app makes the link. Never send them the set-up link shown here: it carries the app&apos;s API key. It is for you only, opened after a confirmation that shows its host.</source>
        <translation>Der Kunde verbindet den Provider in Ihrer App (deren Verbindungs- oder Integrationsseite), mit dem eigenen Konto angemeldet; die App erzeugt den Link. Schicken Sie ihm nie den hier gezeigten Einrichtungslink: Er enthält den API-Schlüssel der App. Er ist nur für Sie und öffnet sich erst nach einer Bestätigung, die seinen Host zeigt.</translation>
    </message>
    <message>
        <source>The customer re-authorizes the provider in your app (its connections or integrations screen: reconnect), signed in as themselves; the app makes the link. Never send them the connect URL shown here: it carries the app&apos;s API key. It is for you only, opened after a confirmation that shows its host.</source>
        <translation>Der Kunde autorisiert den Provider in Ihrer App neu (deren Verbindungs- oder Integrationsseite: erneut verbinden), mit dem eigenen Konto angemeldet; die App erzeugt den Link. Schicken Sie ihm nie die hier gezeigte Verbindungs-URL: Sie enthält den API-Schlüssel der App. Sie ist nur für Sie und öffnet sich erst nach einer Bestätigung, die ihren Host zeigt.</translation>
    </message>
</context>
<context>
    <name>vendo::client::Exchange</name>
    <message>
        <source>No network access manager was given.</source>
        <translation>Es wurde kein Network Access Manager übergeben.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>vendo::client::Explain</name>
    <message>
        <source>&quot;%1&quot; is an older SDK spelling of &quot;%2&quot;.</source>
        <translation>„%1“ ist eine ältere SDK-Schreibweise von „%2“.</translation>
    </message>
    <message>
        <source>The SDKs choose the class by the error code, not by the HTTP status; %1 usually means %2. Look for the Vendo-Error-Code header to be sure.</source>
        <translation>Die SDKs wählen die Klasse anhand des Fehlercodes, nicht des HTTP-Status; %1 bedeutet meist %2. Zur Sicherheit auf den Header Vendo-Error-Code achten.</translation>
    </message>
    <message>
        <source>The SDKs make up to 3 attempts in all for this status.</source>
        <translation>Bei diesem Status unternehmen die SDKs bis zu 3 Versuche.</translation>
    </message>
    <message>
        <source>No Vendo error code, class name or HTTP error status was found in the text.</source>
        <translation>Im Text wurde kein Vendo-Fehlercode, kein Klassenname und kein HTTP-Fehlerstatus gefunden.</translation>
    </message>
    <message>
        <source>Paste the error code (e.g. binding_missing), the HTTP status, or the whole log line.</source>
        <translation>Den Fehlercode (z. B. binding_missing), den HTTP-Status oder die ganze Protokollzeile einfügen.</translation>
    </message>
</context>
<context>
    <name>vendo::client::HeaderBlock</name>
    <message>
        <source>(request without URL)</source>
        <translation>(Anfrage ohne URL)</translation>
    </message>
    <message>
        <source>The input is %1 bytes; the limit is %2 MiB.</source>
        <translation>Die Eingabe ist %1 Byte groß; die Grenze liegt bei %2 MiB.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The input looks like JSON (a HAR file?) but does not parse: %1 at byte %2.</source>
        <translation>Die Eingabe sieht nach JSON aus (eine HAR-Datei?), lässt sich aber nicht parsen: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The HAR file holds no requests.</source>
        <translation>Die HAR-Datei enthält keine Anfragen.</translation>
    </message>
    <message>
        <source>The JSON holds no header names with string values.</source>
        <translation>Das JSON enthält keine Header-Namen mit String-Werten.</translation>
    </message>
    <message>
        <source>No &quot;Name: value&quot; header line was found.</source>
        <translation>Keine Header-Zeile „Name: Wert“ gefunden.</translation>
    </message>
    <message>
        <source>The input holds more than %1 requests.</source>
        <translation>Die Eingabe enthält mehr als %1 Anfragen.</translation>
    </message>
    <message>
        <source>The X-Vendo-User-JWT header is empty.</source>
        <translation>Der X-Vendo-User-JWT-Header ist leer.</translation>
    </message>
    <message>
        <source>No X-Vendo-User-JWT header was found.</source>
        <translation>Kein X-Vendo-User-JWT-Header gefunden.</translation>
    </message>
    <message>
        <source>The X-Vendo-User-JWT value is %1 characters long; the limit is %2.</source>
        <translation>Der X-Vendo-User-JWT-Wert ist %1 Zeichen lang; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>The input is larger than %1, the limit for a HAR or JSON file.</source>
        <translation>Die Eingabe ist größer als %1, die Grenze für eine HAR- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>The input is %1 (%2 bytes); the limit for a HAR or JSON file is %3.</source>
        <translation>Die Eingabe ist %1 groß (%2 Bytes); die Grenze für eine HAR- oder JSON-Datei ist %3.</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>more follows the JSON value</source>
        <translation>nach dem JSON-Wert folgt noch etwas</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>ein ungültiger Wert</translation>
    </message>
    <message>
        <source>a member without a name</source>
        <translation>ein Element ohne Namen</translation>
    </message>
    <message>
        <source>a missing &apos;:&apos; after a member&apos;s name</source>
        <translation>ein fehlendes &apos;:&apos; nach dem Namen eines Elements</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>ein fehlendes &apos;,&apos; oder &apos;}&apos; in einem Objekt</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>ein fehlendes &apos;,&apos; oder &apos;]&apos; in einem Array</translation>
    </message>
    <message>
        <source>an invalid escape in a string</source>
        <translation>eine ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>an invalid escape or a control character in a string</source>
        <translation>eine ungültige Escape-Sequenz oder ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>eine Zeichenkette ohne schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>a control character or invalid UTF-8 in a string</source>
        <translation>ein Steuerzeichen oder ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>eine ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <source>The input could not be read to its end (a read error after %1 bytes).</source>
        <translation>Die Eingabe konnte nicht bis zum Ende gelesen werden (ein Lesefehler nach %1 Bytes).</translation>
    </message>
    <message>
        <source>The input looks like JSON (a HAR file?) but is nested deeper than %1 levels.</source>
        <translation>Die Eingabe sieht wie JSON aus (eine HAR-Datei?), ist aber tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The input looks like JSON (a HAR file?) but ends after %1 bytes, before the JSON is complete: is the file truncated?</source>
        <translation>Die Eingabe sieht wie JSON aus (eine HAR-Datei?), endet aber nach %1 Bytes, bevor das JSON vollständig ist: Ist die Datei abgeschnitten?</translation>
    </message>
    <message>
        <source>The input looks like JSON (a HAR file?) but holds a NUL byte at byte %1.</source>
        <translation>Die Eingabe sieht wie JSON aus (eine HAR-Datei?), enthält aber ein NUL-Byte an Byte %1.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB (%2 bytes), the limit for text (a header block, a curl command, a message or a log); only JSON (a HAR file) may be larger, up to %3 GiB.</source>
        <translation>Die Eingabe ist größer als %1 MiB (%2 Bytes), die Grenze für Text (ein Header-Block, ein curl-Befehl, eine Nachricht oder ein Log); nur JSON (eine HAR-Datei) darf größer sein, bis %3 GiB.</translation>
    </message>
</context>
<context>
    <name>vendo::client::NetworkExchange</name>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Host %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed.</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was reset.</source>
        <translation>Die Verbindung zu %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 ms.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>The answer from %1 exceeded %2 bytes and was abandoned.</source>
        <translation>Die Antwort von %1 hat %2 Byte überschritten und wurde verworfen.</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from %1 to %2 (another origin or insecure).</source>
        <translation>Der Weiterleitung von %1 nach %2 wurde nicht gefolgt (anderer Ursprung oder unsicher).</translation>
    </message>
    <message>
        <source>Redirect (HTTP %1) without a usable target.</source>
        <translation>Weiterleitung (HTTP %1) ohne verwendbares Ziel.</translation>
    </message>
    <message>
        <source>Expected application/json, got &quot;%1&quot;.</source>
        <translation>application/json erwartet, „%1“ erhalten.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The body is JSON but not an object.</source>
        <translation>Der Inhalt ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>The transfer from %1 was cancelled by a timeout.</source>
        <translation>Die Übertragung von %1 wurde wegen Zeitüberschreitung abgebrochen.</translation>
    </message>
    <message>
        <source>No HTTP answer from %1.</source>
        <translation>Keine HTTP-Antwort von %1.</translation>
    </message>
</context>
<context>
    <name>vendo::client::Profile</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The profile has no identifier.</source>
        <translation>Das Profil hat keine Kennung.</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>API-Basis</translation>
    </message>
    <message>
        <source>credentials service</source>
        <translation>Credentials-Dienst</translation>
    </message>
    <message>
        <source>The API base URL must be an origin only (paths start with /api/...); remove &quot;%1&quot;.</source>
        <translation>Die API-Basis-URL darf nur ein Ursprung sein (Pfade beginnen mit /api/...); „%1“ entfernen.</translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation>JWKS</translation>
    </message>
</context>
<context>
    <name>vendo::client::ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is a built-in profile and cannot be overwritten.</source>
        <translation>„%1“ ist ein eingebautes Profil und kann nicht überschrieben werden.</translation>
    </message>
    <message>
        <source>A profile identifier cannot contain slashes.</source>
        <translation>Eine Profilkennung darf keine Schrägstriche enthalten.</translation>
    </message>
</context>
<context>
    <name>vendo::client::RequestLog</name>
    <message numerus="yes">
        <source>&lt;%n byte(s) of %1, not JSON: not recorded&gt;</source>
        <translation>
            <numerusform>&lt;%n Byte %1, kein JSON: nicht aufgezeichnet&gt;</numerusform>
            <numerusform>&lt;%n Bytes %1, kein JSON: nicht aufgezeichnet&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>vendo::client::ResponseDecoder</name>
    <message>
        <source>The answer does not match the contract: %1.</source>
        <translation>Die Antwort entspricht nicht dem Vertrag: %1.</translation>
    </message>
    <message>
        <source>&quot;access_token&quot; is missing or not a string</source>
        <translation>„access_token“ fehlt oder ist kein String</translation>
    </message>
    <message>
        <source>&quot;expires_at&quot; is not an ISO-8601 time</source>
        <translation>„expires_at“ ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>HTTP %1 without a message.</source>
        <translation>HTTP %1 ohne Meldung.</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;tokens&quot; is missing or not an object</source>
        <translation>„tokens“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>the entry for &quot;%1&quot; is neither an object nor null</source>
        <translation>der Eintrag für „%1“ ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <source>&quot;connections&quot; is missing or not an array</source>
        <translation>„connections“ fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>a connection entry is not an object</source>
        <translation>ein Verbindungseintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>a connection has no &quot;slug&quot;</source>
        <translation>eine Verbindung hat keinen „slug“</translation>
    </message>
    <message>
        <source>&quot;tenant_id&quot; is missing or not a string</source>
        <translation>„tenant_id“ fehlt oder ist kein String</translation>
    </message>
    <message>
        <source>&quot;balance_usd&quot; is missing or not a number</source>
        <translation>„balance_usd“ fehlt oder ist keine Zahl</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of %1 that are not JSON.</source>
        <translation>
            <numerusform>%n Byte %1, die kein JSON sind.</numerusform>
            <numerusform>%n Bytes %1, die kein JSON sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>vendo::client::ServiceLink</name>
    <message>
        <source>The link is not a web address.</source>
        <translation>Der Link ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The link carries a user name before its host, a way to disguise where it goes.</source>
        <translation>Der Link trägt vor seinem Host einen Benutzernamen – eine Art, sein Ziel zu verschleiern.</translation>
    </message>
    <message>
        <source>The link uses %1, not https.</source>
        <translation>Der Link verwendet %1, nicht https.</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>kein Schema</translation>
    </message>
    <message>
        <source>The profile has no service address to compare the link with.</source>
        <translation>Das Profil hat keine Dienstadresse, mit der sich der Link vergleichen ließe.</translation>
    </message>
    <message>
        <source>The link goes to %1, not to the service at %2.</source>
        <translation>Der Link führt zu %1, nicht zum Dienst unter %2.</translation>
    </message>
    <message>
        <source>The link goes to %1, not to the service&apos;s domain %2.</source>
        <translation>Der Link führt zu %1, nicht zur Domain des Dienstes %2.</translation>
    </message>
</context>
<context>
    <name>vendo::client::TokensJob</name>
    <message>
        <source>The bulk answer left this slug null, without a reason.</source>
        <translation>Die Sammelantwort ließ diesen Slug ohne Grund auf null.</translation>
    </message>
</context>
<context>
    <name>vendo::client::UrlBuilder</name>
    <message>
        <source>The provider slug is empty.</source>
        <translation>Der Provider-Slug ist leer.</translation>
    </message>
    <message>
        <source>The provider slug is longer than %1 characters.</source>
        <translation>Der Provider-Slug ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Asking as the user needs a user identity token (scope the client first).</source>
        <translation>Eine Anfrage als Nutzer braucht ein Identitätstoken des Nutzers (zuerst den Client auf den Nutzer beschränken).</translation>
    </message>
    <message>
        <source>No API key is configured for this profile.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel konfiguriert.</translation>
    </message>
</context>
<context>
    <name>vendo::client::VendoClient</name>
    <message>
        <source>No API key is configured: scoping to a user needs one.</source>
        <translation>Kein API-Schlüssel konfiguriert: Die Beschränkung auf einen Nutzer braucht einen.</translation>
    </message>
    <message>
        <source>The user identity token is empty.</source>
        <translation>Das Identitätstoken des Nutzers ist leer.</translation>
    </message>
    <message>
        <source>The user identity token is %1 characters long; the limit is %2.</source>
        <translation>Das Identitätstoken des Nutzers ist %1 Zeichen lang; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>The user identity token contains a character a header cannot carry.</source>
        <translation>Das Identitätstoken des Nutzers enthält ein Zeichen, das ein Header nicht transportieren kann.</translation>
    </message>
    <message>
        <source>Request %1 does not exist; the input holds %2.</source>
        <translation>Anfrage %1 existiert nicht; die Eingabe enthält %2.</translation>
    </message>
</context>
<context>
    <name>vendo::events::EventStream</name>
    <message>
        <source>The event stream needs an API key.</source>
        <translation>Der Ereignisstrom braucht einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The event stream has no network to use.</source>
        <translation>Der Ereignisstrom hat kein Netzwerk zur Verfügung.</translation>
    </message>
    <message>
        <source>event stream</source>
        <translation>Ereignisstrom</translation>
    </message>
    <message>
        <source>Expected text/event-stream, got &quot;%1&quot;.</source>
        <translation>text/event-stream erwartet, „%1“ erhalten.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>No data or ping from %1 for %2 ms: the stream is dead.</source>
        <translation>Seit %2 ms weder Daten noch Ping von %1: Der Strom ist tot.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from %1 to %2 (another origin or insecure).</source>
        <translation>Einer Weiterleitung von %1 nach %2 wurde nicht gefolgt (anderer Ursprung oder unsicher).</translation>
    </message>
    <message>
        <source>Redirect (HTTP %1) without a usable target.</source>
        <translation>Weiterleitung (HTTP %1) ohne verwendbares Ziel.</translation>
    </message>
    <message>
        <source>The event stream ended before its headers were read.</source>
        <translation>Der Ereignisstrom endete, bevor seine Header gelesen waren.</translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation>Verbindung von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Host %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed.</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>vendo::events::SseParser</name>
    <message>
        <source>The event stream sent a line longer than %1 bytes.</source>
        <translation>Der Ereignisstrom sandte eine Zeile mit mehr als %1 Bytes.</translation>
    </message>
    <message>
        <source>The event stream sent an event with more than %1 bytes of data.</source>
        <translation>Der Ereignisstrom sandte ein Ereignis mit mehr als %1 Bytes Daten.</translation>
    </message>
</context>
<context>
    <name>vendo::events::StreamEvent</name>
    <message>
        <source>The event&apos;s data is not a JSON object.</source>
        <translation>Die Daten des Ereignisses sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The event lacks %1.</source>
        <translation>Dem Ereignis fehlt %1.</translation>
    </message>
    <message>
        <source>%1 connected (%2)</source>
        <translation>%1 verbunden (%2)</translation>
    </message>
    <message>
        <source>%1 disconnected (%2)</source>
        <translation>%1 getrennt (%2)</translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation>%1 geändert (%2)</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3)</source>
        <translation>%1 ist jetzt %2 (%3)</translation>
    </message>
    <message>
        <source>usage recorded: %1 for %2</source>
        <translation>Nutzung erfasst: %1 für %2</translation>
    </message>
    <message>
        <source>balance now %1</source>
        <translation>Guthaben jetzt %1</translation>
    </message>
    <message>
        <source>%1 spend cap at %2 %</source>
        <translation>Ausgabenlimit %1 bei %2 %</translation>
    </message>
    <message>
        <source>%1 spend cap reached</source>
        <translation>Ausgabenlimit %1 erreicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vendo::events::StreamStatus</name>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>connecting (attempt %1)</source>
        <translation>verbindet (Versuch %1)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation>neue Verbindung in %1 ms (Versuch %2)</translation>
    </message>
    <message>
        <source>stream limit reached (5 per app); retrying in %1 ms (attempt %2)</source>
        <translation>Stromlimit erreicht (5 pro App); neuer Versuch in %1 ms (Versuch %2)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::AuditJson</name>
    <message>
        <source>Line of the input the token was found on (1-based)</source>
        <translation>Zeile der Eingabe, in der das Token gefunden wurde (ab 1 gezählt)</translation>
    </message>
    <message>
        <source>structure (ok, malformed), time (valid, expired, not_yet_valid, no_exp, unknown), signature (not_checked, valid, invalid, key_not_found, unsupported_alg, unsigned); expires_in_s, expired_for_s or valid_in_s with the time</source>
        <translation>structure (ok, malformed), time (valid, expired, not_yet_valid, no_exp, unknown), signature (not_checked, valid, invalid, key_not_found, unsupported_alg, unsigned); zur Zeit expires_in_s, expired_for_s oder valid_in_s</translation>
    </message>
    <message>
        <source>Signing algorithm named in the token&apos;s header</source>
        <translation>Signaturalgorithmus laut Header des Tokens</translation>
    </message>
    <message>
        <source>Key id named in the token&apos;s header: which key of the JWKS signed it</source>
        <translation>Schlüssel-ID laut Header des Tokens: welcher Schlüssel des JWKS es signiert hat</translation>
    </message>
    <message>
        <source>Tenant id the token carries (app_metadata.tenant_id)</source>
        <translation>Mandanten-ID, die das Token trägt (app_metadata.tenant_id)</translation>
    </message>
    <message>
        <source>%1 (seconds since 1970; null when not a number)</source>
        <translation>%1 (Sekunden seit 1970; null, wenn keine Zahl)</translation>
    </message>
    <message>
        <source>Why the token would be refused, when it would be: axis (structure, signature, time, expectation), code, segment (structure only) and message</source>
        <translation>Warum das Token abgelehnt würde, falls ja: axis (structure, signature, time, expectation), code, segment (nur bei structure) und message</translation>
    </message>
    <message>
        <source>Codes of the verdict&apos;s warnings (missing_kid, unusual_lifetime, iss_mismatch, ...)</source>
        <translation>Codes der Warnungen des Urteils (missing_kid, unusual_lifetime, iss_mismatch, ...)</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::Claims</name>
    <message>
        <source>Issuer: who created and signed the token</source>
        <translation>Aussteller: wer das Token erstellt und signiert hat</translation>
    </message>
    <message>
        <source>Subject: the user id; Vendo derives the tenant from it</source>
        <translation>Subjekt: die Nutzer-ID; Vendo leitet daraus den Mandanten ab</translation>
    </message>
    <message>
        <source>Audience: who the token is meant for (&quot;authenticated&quot; for signed-in users)</source>
        <translation>Zielgruppe: für wen das Token bestimmt ist („authenticated“ für angemeldete Nutzer)</translation>
    </message>
    <message>
        <source>Expiration time: not accepted from then on</source>
        <translation>Ablaufzeit: ab dann nicht mehr akzeptiert</translation>
    </message>
    <message>
        <source>Not before: not accepted until then</source>
        <translation>Nicht vor: bis dahin nicht akzeptiert</translation>
    </message>
    <message>
        <source>Issued at: when the token was created</source>
        <translation>Ausgestellt: wann das Token erstellt wurde</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token</source>
        <translation>JWT-ID: eine eindeutige Kennung dieses Tokens</translation>
    </message>
    <message>
        <source>The user&apos;s email address</source>
        <translation>Die E-Mail-Adresse des Nutzers</translation>
    </message>
    <message>
        <source>The user&apos;s phone number</source>
        <translation>Die Telefonnummer des Nutzers</translation>
    </message>
    <message>
        <source>Database role the token acts as (&quot;authenticated&quot;, &quot;anon&quot;, &quot;service_role&quot;)</source>
        <translation>Datenbankrolle, in der das Token handelt („authenticated“, „anon“, „service_role“)</translation>
    </message>
    <message>
        <source>Metadata only the service can set; holds the tenant id and sign-in providers</source>
        <translation>Metadaten, die nur der Dienst setzen kann; enthalten Mandanten-ID und Anmeldeanbieter</translation>
    </message>
    <message>
        <source>Metadata the user can edit (name, avatar, ...)</source>
        <translation>Metadaten, die der Nutzer bearbeiten kann (Name, Avatar, …)</translation>
    </message>
    <message>
        <source>The sign-in session this token was issued for</source>
        <translation>Die Anmeldesitzung, für die dieses Token ausgestellt wurde</translation>
    </message>
    <message>
        <source>Authenticator assurance level: aal1 (one factor) or aal2 (multi-factor)</source>
        <translation>Authentifizierungsniveau: aal1 (ein Faktor) oder aal2 (mehrere Faktoren)</translation>
    </message>
    <message>
        <source>Authentication methods used to sign in (password, otp, oauth, ...) and when</source>
        <translation>Bei der Anmeldung verwendete Methoden (Passwort, OTP, OAuth, …) und wann</translation>
    </message>
    <message>
        <source>Whether the user signed in anonymously</source>
        <translation>Ob sich der Nutzer anonym angemeldet hat</translation>
    </message>
    <message>
        <source>When the user actually authenticated</source>
        <translation>Wann sich der Nutzer tatsächlich authentifiziert hat</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::CriticalHeader</name>
    <message>
        <source>The header has &quot;b64&quot;: false (an unencoded payload, RFC 7797) without naming it in &quot;crit&quot;: such a token is invalid, and this tool does not verify unencoded payloads.</source>
        <translation>Der Header hat &quot;b64&quot;: false (eine unkodierte Nutzlast, RFC 7797), ohne es in &quot;crit&quot; zu nennen: Ein solches Token ist ungültig, und dieses Werkzeug prüft keine unkodierten Nutzlasten.</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; is not a non-empty list of names: a recipient must reject the token (RFC 7515 section 4.1.11).</source>
        <translation>&quot;crit&quot; im Header ist keine nichtleere Liste von Namen: Ein Empfänger muss das Token ablehnen (RFC 7515, Abschnitt 4.1.11).</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; requires the extension(s) %1, which this tool does not implement: a recipient must reject the token (RFC 7515 section 4.1.11).</source>
        <translation>&quot;crit&quot; im Header verlangt die Erweiterung(en) %1, die dieses Werkzeug nicht umsetzt: Ein Empfänger muss das Token ablehnen (RFC 7515, Abschnitt 4.1.11).</translation>
    </message>
    <message>
        <source>With &quot;b64&quot;: false the signature covers the payload unencoded (RFC 7797), not as shown.</source>
        <translation>Mit &quot;b64&quot;: false deckt die Signatur die Nutzlast unkodiert ab (RFC 7797), nicht wie angezeigt.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::JwkSet</name>
    <message>
        <source>The key set is not valid JSON (%1 at byte %2).</source>
        <translation>Der Schlüsselsatz ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The key set is not a JWK Set: it needs a &quot;keys&quot; array.</source>
        <translation>Der Schlüsselsatz ist kein JWK Set: Er braucht ein Array „keys“.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>Der Eintrag ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Key %1 (kid &quot;%2&quot;) skipped: %3</source>
        <translation>Schlüssel %1 (kid „%2“) übersprungen: %3</translation>
    </message>
    <message>
        <source>The key set is empty.</source>
        <translation>Der Schlüsselsatz ist leer.</translation>
    </message>
    <message>
        <source>The key set has no usable key. %1</source>
        <translation>Der Schlüsselsatz enthält keinen verwendbaren Schlüssel. %1</translation>
    </message>
    <message>
        <source>The key data is neither a JWK, a JWK Set nor a PEM key.</source>
        <translation>Die Schlüsseldaten sind weder ein JWK noch ein JWK Set noch ein PEM-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::JwksFetcher</name>
    <message>
        <source>The JWKS at %1 did not answer within %2 s.</source>
        <translation>Das JWKS unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The JWKS at %1 is %2 bytes; more than %3 bytes is not a key set.</source>
        <translation>Das JWKS unter %1 ist %2 Byte groß; mehr als %3 Byte sind kein Schlüsselsatz.</translation>
    </message>
    <message>
        <source>The JWKS at %1 is larger than %2 bytes; that is not a key set.</source>
        <translation>Das JWKS unter %1 ist größer als %2 Byte; das ist kein Schlüsselsatz.</translation>
    </message>
    <message>
        <source>The JWKS at %1 redirects to another origin; keys are only taken from the URL given.</source>
        <translation>Das JWKS unter %1 leitet auf einen anderen Ursprung um; Schlüssel werden nur von der angegebenen URL übernommen.</translation>
    </message>
    <message>
        <source>The JWKS at %1 answered HTTP %2.</source>
        <translation>Das JWKS unter %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>The JWKS at %1 could not be fetched: %2</source>
        <translation>Das JWKS unter %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The JWKS at %1 is not usable: %2</source>
        <translation>Das JWKS unter %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>The JWKS at %1 publishes private key members (%2) of key(s) %3: anyone who fetches it can sign tokens. Rotate these keys and publish public members only.</source>
        <translation>Das JWKS unter %1 veröffentlicht private Schlüsselteile (%2) der Schlüssel %3: Wer es abruft, kann Tokens signieren. Tauschen Sie diese Schlüssel aus und veröffentlichen Sie nur öffentliche Teile.</translation>
    </message>
    <message>
        <source>The JWKS at %1 publishes symmetric (oct) key(s) %2: a shared secret at a URL lets anyone who fetches it sign HS* tokens. Rotate them and keep them private.</source>
        <translation>Das JWKS unter %1 veröffentlicht symmetrische (oct) Schlüssel %2: Ein gemeinsames Geheimnis unter einer URL lässt jeden, der es abruft, HS*-Tokens signieren. Tauschen Sie sie aus und halten Sie sie geheim.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::JwsSigner</name>
    <message>
        <source>The algorithm &quot;%1&quot; cannot sign.</source>
        <translation>Der Algorithmus „%1“ kann nicht signieren.</translation>
    </message>
    <message>
        <source>A %1 key cannot sign %2.</source>
        <translation>Ein %1-Schlüssel kann nicht mit %2 signieren.</translation>
    </message>
    <message>
        <source>Signing needs a private key; this one is public only.</source>
        <translation>Zum Signieren ist ein privater Schlüssel nötig; dieser ist nur öffentlich.</translation>
    </message>
    <message>
        <source>OpenSSL failed to compute the HMAC.</source>
        <translation>OpenSSL konnte den HMAC nicht berechnen.</translation>
    </message>
    <message>
        <source>OpenSSL could not start signing.</source>
        <translation>OpenSSL konnte das Signieren nicht beginnen.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up RSA-PSS.</source>
        <translation>OpenSSL konnte RSA-PSS nicht einrichten.</translation>
    </message>
    <message>
        <source>OpenSSL could not size the signature.</source>
        <translation>OpenSSL konnte die Größe der Signatur nicht bestimmen.</translation>
    </message>
    <message>
        <source>OpenSSL failed to sign.</source>
        <translation>OpenSSL konnte nicht signieren.</translation>
    </message>
    <message>
        <source>OpenSSL produced an unreadable ECDSA signature.</source>
        <translation>OpenSSL hat eine unlesbare ECDSA-Signatur erzeugt.</translation>
    </message>
    <message>
        <source>The JWS header is not a JSON object.</source>
        <translation>Der JWS-Header ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The header&apos;s algorithm &quot;%1&quot; is not supported.</source>
        <translation>Der Algorithmus „%1“ im Header wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::JwtDecoder</name>
    <message>
        <source>The input is %1 bytes; a token is at most %2 bytes (64 KiB). Nothing was decoded.</source>
        <translation>Die Eingabe ist %1 Byte groß; ein Token hat höchstens %2 Byte (64 KiB). Es wurde nichts dekodiert.</translation>
    </message>
    <message>
        <source>There is no token: the input is empty.</source>
        <translation>Kein Token vorhanden: Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The token has no dots: a JWT is three base64url segments separated by dots (header.payload.signature).</source>
        <translation>Das Token enthält keine Punkte: Ein JWT besteht aus drei durch Punkte getrennten base64url-Segmenten (header.payload.signature).</translation>
    </message>
    <message>
        <source>The token has only one dot: the signature segment is missing at byte %1 (was it cut short?).</source>
        <translation>Das Token enthält nur einen Punkt: Das Signatursegment fehlt bei Byte %1 (wurde es abgeschnitten?).</translation>
    </message>
    <message>
        <source>The token has five segments: it is an encrypted JWE. Only its header can be read; the claims need the recipient&apos;s private key.</source>
        <translation>Das Token hat fünf Segmente: Es ist ein verschlüsseltes JWE. Nur sein Header ist lesbar; für die Claims ist der private Schlüssel des Empfängers nötig.</translation>
    </message>
    <message>
        <source>The token has %1 segments; a signed JWT has three (and an encrypted JWE five).</source>
        <translation>Das Token hat %1 Segmente; ein signiertes JWT hat drei (und ein verschlüsseltes JWE fünf).</translation>
    </message>
    <message>
        <source>The signature segment is empty (at byte %1) although the header&apos;s alg is &quot;%2&quot;.</source>
        <translation>Das Signatursegment ist leer (bei Byte %1), obwohl alg im Header „%2“ ist.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The %1 segment is empty (at byte %2).</source>
        <translation>Das Segment %1 ist leer (bei Byte %2).</translation>
    </message>
    <message>
        <source>The %1 segment contains base64 padding &quot;=&quot; at byte %2; JWS segments are unpadded base64url.</source>
        <translation>Das Segment %1 enthält bei Byte %2 base64-Padding „=“; JWS-Segmente sind base64url ohne Padding.</translation>
    </message>
    <message>
        <source>The %1 segment contains &quot;%2&quot; at byte %3: that is standard base64, not base64url (which uses &quot;-&quot; and &quot;_&quot;).</source>
        <translation>Das Segment %1 enthält „%2“ bei Byte %3: Das ist Standard-base64, nicht base64url (das „-“ und „_“ verwendet).</translation>
    </message>
    <message>
        <source>The %1 segment contains the character %2 at byte %3, which base64url does not use.</source>
        <translation>Das Segment %1 enthält bei Byte %3 das Zeichen %2, das base64url nicht verwendet.</translation>
    </message>
    <message>
        <source>The %1 segment has %2 base64url characters (ending at byte %3), a length no encoding produces: the token was probably cut short.</source>
        <translation>Das Segment %1 hat %2 base64url-Zeichen (Ende bei Byte %3), eine Länge, die keine Kodierung erzeugt: Das Token wurde vermutlich abgeschnitten.</translation>
    </message>
    <message>
        <source>The decoded %1 is not UTF-8 text: invalid byte 0x%2 at offset %3.</source>
        <translation>Der dekodierte Teil %1 ist kein UTF-8-Text: ungültiges Byte 0x%2 bei Offset %3.</translation>
    </message>
    <message>
        <source>The decoded %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Der dekodierte Teil %1 ist kein gültiges JSON: %2 bei Offset %3.</translation>
    </message>
    <message>
        <source>The decoded %1 is JSON but not an object (it is %2).</source>
        <translation>Der dekodierte Teil %1 ist JSON, aber kein Objekt (sondern %2).</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>The decoded %1 has the key &quot;%2&quot; twice (second at offset %3); readers disagree on which one counts.</source>
        <translation>Der dekodierte Teil %1 enthält den Schlüssel „%2“ zweimal (der zweite bei Offset %3); Leser sind uneins, welcher gilt.</translation>
    </message>
    <message>
        <source>Removed surrounding quotes.</source>
        <translation>Umgebende Anführungszeichen entfernt.</translation>
    </message>
    <message>
        <source>Removed an &quot;X-Vendo-User-JWT:&quot; header name.</source>
        <translation>Einen Header-Namen „X-Vendo-User-JWT:“ entfernt.</translation>
    </message>
    <message>
        <source>Removed an &quot;Authorization:&quot; header name.</source>
        <translation>Einen Header-Namen „Authorization:“ entfernt.</translation>
    </message>
    <message>
        <source>Removed a &quot;Bearer &quot; prefix.</source>
        <translation>Ein Präfix „Bearer “ entfernt.</translation>
    </message>
    <message>
        <source>Removed line breaks and spaces inside the token.</source>
        <translation>Zeilenumbrüche und Leerzeichen im Token entfernt.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::Key</name>
    <message>
        <source>The EC key has no named curve.</source>
        <translation>Der EC-Schlüssel hat keine benannte Kurve.</translation>
    </message>
    <message>
        <source>The EC curve %1 is not one JOSE uses (P-256, P-384, P-521).</source>
        <translation>Die EC-Kurve %1 wird von JOSE nicht verwendet (P-256, P-384, P-521).</translation>
    </message>
    <message>
        <source>The key type %1 is not supported (EC, RSA and Ed25519 are).</source>
        <translation>Der Schlüsseltyp %1 wird nicht unterstützt (unterstützt werden EC, RSA und Ed25519).</translation>
    </message>
    <message>
        <source>The system random generator failed.</source>
        <translation>Der Zufallsgenerator des Systems ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No key can be generated for the algorithm &quot;%1&quot;.</source>
        <translation>Für den Algorithmus „%1“ kann kein Schlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>OpenSSL could not generate a key for %1.</source>
        <translation>OpenSSL konnte keinen Schlüssel für %1 erzeugen.</translation>
    </message>
    <message>
        <source>The JWK has no &quot;kty&quot; (key type).</source>
        <translation>Der JWK hat kein „kty“ (Schlüsseltyp).</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s curve &quot;%1&quot; is not supported (P-256, P-384, P-521).</source>
        <translation>Die Kurve „%1“ des EC-JWK wird nicht unterstützt (P-256, P-384, P-521).</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s coordinates must be %1 bytes each for %2.</source>
        <translation>Die Koordinaten des EC-JWK müssen für %2 je %1 Byte lang sein.</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s point is not on the curve %1.</source>
        <translation>Der Punkt des EC-JWK liegt nicht auf der Kurve %1.</translation>
    </message>
    <message>
        <source>OpenSSL did not accept the RSA JWK&apos;s values.</source>
        <translation>OpenSSL hat die Werte des RSA-JWK nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The OKP JWK&apos;s curve &quot;%1&quot; is not supported (Ed25519 is).</source>
        <translation>Die Kurve „%1“ des OKP-JWK wird nicht unterstützt (nur Ed25519).</translation>
    </message>
    <message>
        <source>An Ed25519 public key (&quot;x&quot;) must be 32 bytes.</source>
        <translation>Ein öffentlicher Ed25519-Schlüssel („x“) muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <source>An Ed25519 private key (&quot;d&quot;) must be 32 bytes.</source>
        <translation>Ein privater Ed25519-Schlüssel („d“) muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <source>OpenSSL did not accept the Ed25519 JWK.</source>
        <translation>OpenSSL hat den Ed25519-JWK nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The JWK key type &quot;%1&quot; is not supported (EC, RSA, OKP, oct are).</source>
        <translation>Der JWK-Schlüsseltyp „%1“ wird nicht unterstützt (unterstützt werden EC, RSA, OKP, oct).</translation>
    </message>
    <message>
        <source>The key is not a JSON object (JWK).</source>
        <translation>Der Schlüssel ist kein JSON-Objekt (JWK).</translation>
    </message>
    <message>
        <source>The PEM private key could not be read (encrypted keys are not supported).</source>
        <translation>Der private PEM-Schlüssel konnte nicht gelesen werden (verschlüsselte Schlüssel werden nicht unterstützt).</translation>
    </message>
    <message>
        <source>The PEM certificate could not be read.</source>
        <translation>Das PEM-Zertifikat konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The data is not a PEM public key, private key or certificate.</source>
        <translation>Die Daten sind weder ein öffentlicher noch ein privater PEM-Schlüssel noch ein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The secret is not valid base64.</source>
        <translation>Das Geheimnis ist kein gültiges base64.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The JWK has no &quot;%1&quot; member.</source>
        <translation>Dem JWK fehlt das Element „%1“.</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not a string.</source>
        <translation>Das JWK-Element „%1“ ist kein String.</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid unpadded base64url.</source>
        <translation>Das JWK-Element „%1“ ist kein gültiges base64url ohne Padding.</translation>
    </message>
    <message>
        <source>The RSA JWK&apos;s modulus &quot;n&quot; or exponent &quot;e&quot; is zero.</source>
        <translation>Modulus &quot;n&quot; oder Exponent &quot;e&quot; des RSA-JWK ist null.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::NumericDate</name>
    <message>
        <source>a fractional NumericDate; issuers write whole seconds</source>
        <translation>ein gebrochenes NumericDate; Aussteller schreiben ganze Sekunden</translation>
    </message>
    <message>
        <source>not a number: a NumericDate is seconds since 1970 as a JSON number</source>
        <translation>keine Zahl: Ein NumericDate ist eine Sekundenzahl seit 1970 als JSON-Zahl</translation>
    </message>
    <message>
        <source>out of range for a date</source>
        <translation>außerhalb des Bereichs für ein Datum</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>valid in %1</source>
        <translation>gültig in %1</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <source>issued in %1 (in the future)</source>
        <translation>ausgestellt in %1 (in der Zukunft)</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>ausgestellt vor %1</translation>
    </message>
    <message>
        <source>signed in in %1 (in the future)</source>
        <translation>angemeldet in %1 (in der Zukunft)</translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation>angemeldet vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::RawJson</name>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation>ungültige Escape-Sequenz in einem String</translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation>Steuerzeichen in einem String</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener String</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>unexpected end of the text</source>
        <translation>unerwartetes Ende des Textes</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>&apos;:&apos; nach einem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>number too large or too small for a double</source>
        <translation>Zahl zu groß oder zu klein für einen double-Wert</translation>
    </message>
    <message>
        <source>Shown as received, not indented: it is not valid JSON.</source>
        <translation>Wie empfangen angezeigt, nicht eingerückt: Es ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Shown as received, not indented: indented it would exceed %1 KiB.</source>
        <translation>Wie empfangen angezeigt, nicht eingerückt: Eingerückt würde es %1 KiB überschreiten.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::SignatureVerifier</name>
    <message>
        <source>The token is an encrypted JWE; only signed tokens (JWS) can be verified.</source>
        <translation>Das Token ist ein verschlüsseltes JWE; nur signierte Token (JWS) können geprüft werden.</translation>
    </message>
    <message>
        <source>The token is too malformed to check a signature (no readable header or not three segments).</source>
        <translation>Das Token ist zu fehlerhaft, um eine Signatur zu prüfen (kein lesbarer Header oder nicht drei Segmente).</translation>
    </message>
    <message>
        <source>The token declares &quot;alg&quot;: &quot;none&quot;: it carries no signature and proves nothing.</source>
        <translation>Das Token gibt „alg“: „none“ an: Es trägt keine Signatur und beweist nichts.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;.</source>
        <translation>Der Header hat kein „alg“.</translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported.</source>
        <translation>Der Algorithmus „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The signature segment is missing or not valid base64url.</source>
        <translation>Das Signatursegment fehlt oder ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>No key has the token&apos;s kid &quot;%1&quot; (keys available: %2).</source>
        <translation>Kein Schlüssel hat die kid „%1“ des Tokens (verfügbare Schlüssel: %2).</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>Die %1-Signatur ist gültig.</translation>
    </message>
    <message>
        <source>The %1 signature is valid for key &quot;%2&quot;.</source>
        <translation>Die %1-Signatur ist für den Schlüssel „%2“ gültig.</translation>
    </message>
    <message>
        <source>The HMAC secret is a public key&apos;s text: refusing the algorithm-confusion attack.</source>
        <translation>Das HMAC-Geheimnis ist der Text eines öffentlichen Schlüssels: Der Algorithmus-Verwechslungsangriff wird abgewiesen.</translation>
    </message>
    <message>
        <source>The %1 signature does not match the key &quot;%2&quot;: the token was altered or signed by another key.</source>
        <translation>Die %1-Signatur passt nicht zum Schlüssel „%2“: Das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>No key fits the algorithm %1.</source>
        <translation>Kein Schlüssel passt zum Algorithmus %1.</translation>
    </message>
    <message>
        <source>The token says %1 but the key &quot;%2&quot; is %3: such a key is never used for that algorithm (algorithm confusion).</source>
        <translation>Das Token gibt %1 an, aber der Schlüssel „%2“ ist %3: Ein solcher Schlüssel wird nie für diesen Algorithmus verwendet (Algorithmus-Verwechslung).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits: keys under %2 bits can be factored, so a signature they verify proves nothing. Refused.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit: Schlüssel unter %2 Bit lassen sich faktorisieren, eine damit geprüfte Signatur beweist also nichts. Abgelehnt.</translation>
    </message>
    <message>
        <source>The RSA key &quot;%1&quot; has %2 bits: keys under %3 bits can be factored, so a signature they verify proves nothing. Refused.</source>
        <translation>Der RSA-Schlüssel &quot;%1&quot; hat %2 Bit: Schlüssel unter %3 Bit lassen sich faktorisieren, eine damit geprüfte Signatur beweist also nichts. Abgelehnt.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::TokenJudge</name>
    <message>
        <source>The token is encrypted (JWE): its claims cannot be read without the recipient&apos;s key.</source>
        <translation>Das Token ist verschlüsselt (JWE): Seine Claims sind ohne den Schlüssel des Empfängers nicht lesbar.</translation>
    </message>
    <message>
        <source>&quot;alg&quot;: &quot;none&quot;: the token is unsigned; anyone can write one.</source>
        <translation>„alg“: „none“: Das Token ist unsigniert; jeder kann eines schreiben.</translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm: whoever can verify this token can also forge one. Vendo identity tokens are signed ES256 or RS256.</source>
        <translation>%1 ist ein Algorithmus mit gemeinsamem Geheimnis: Wer dieses Token prüfen kann, kann auch eines fälschen. Vendo-Identitätstoken sind mit ES256 oder RS256 signiert.</translation>
    </message>
    <message>
        <source>The header has no &quot;kid&quot;: a verifier cannot tell which key of the JWKS signed it.</source>
        <translation>Der Header hat kein „kid“: Ein Prüfer kann nicht erkennen, welcher Schlüssel des JWKS signiert hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2.</source>
        <translation>„%1“ ist %2.</translation>
    </message>
    <message>
        <source>The token has no &quot;exp&quot;: it never expires by itself. Vendo tokens always carry one.</source>
        <translation>Das Token hat kein „exp“: Es läuft nie von selbst ab. Vendo-Token haben immer eines.</translation>
    </message>
    <message>
        <source>Expired %1 ago, still accepted within the %2 s leeway.</source>
        <translation>Vor %1 abgelaufen, innerhalb der Toleranz von %2 s noch akzeptiert.</translation>
    </message>
    <message>
        <source>&quot;iat&quot; is %1 in the future: the issuer&apos;s clock (or this one) is wrong.</source>
        <translation>„iat“ liegt %1 in der Zukunft: Die Uhr des Ausstellers (oder diese) geht falsch.</translation>
    </message>
    <message>
        <source>The token lives %1 (from iat to exp); Vendo issues tokens for %2.</source>
        <translation>Das Token lebt %1 (von iat bis exp); Vendo stellt Token für %2 aus.</translation>
    </message>
    <message>
        <source>a negative time</source>
        <translation>eine negative Zeit</translation>
    </message>
    <message>
        <source>The token has no &quot;iss&quot;; the profile expects &quot;%1&quot;.</source>
        <translation>Das Token hat kein „iss“; das Profil erwartet „%1“.</translation>
    </message>
    <message>
        <source>The issuer is &quot;%1&quot;; the profile expects &quot;%2&quot;.</source>
        <translation>Der Aussteller ist „%1“; das Profil erwartet „%2“.</translation>
    </message>
    <message>
        <source>The audience does not include &quot;%1&quot;, which the profile expects.</source>
        <translation>Die Zielgruppe enthält nicht „%1“, das das Profil erwartet.</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::UrlPolicy</name>
    <message>
        <source>The %1 URL &quot;%2&quot; is not a valid absolute URL.</source>
        <translation>Die %1-URL „%2“ ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must use https (plain http is accepted only for loopback hosts).</source>
        <translation>Die %1-URL „%2“ muss https verwenden (einfaches http wird nur für Loopback-Hosts akzeptiert).</translation>
    </message>
</context>
<context>
    <name>vendo::jwt::Verdict</name>
    <message>
        <source>valid, expires in %1</source>
        <translation>gültig, läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid, becomes valid in %1</source>
        <translation>noch nicht gültig, gültig in %1</translation>
    </message>
    <message>
        <source>no expiry (&quot;exp&quot; is missing)</source>
        <translation>kein Ablauf („exp“ fehlt)</translation>
    </message>
    <message>
        <source>unknown (no readable expiry)</source>
        <translation>unbekannt (kein lesbarer Ablauf)</translation>
    </message>
</context>
<context>
    <name>vendo::sdk</name>
    <message>
        <source>Raises %1 (%2) in %3: nothing is sent.</source>
        <translation>Wirft %1 (%2) in %3: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>  (no %1: the contract sends it)</source>
        <translation>  (kein %1: der Vertrag sendet ihn)</translation>
    </message>
    <message>
        <source>timeout %1 s per attempt</source>
        <translation>Zeitlimit %1 s je Versuch</translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation>kein Zeitlimit</translation>
    </message>
    <message>
        <source>%1 attempt(s), %2</source>
        <translation>%1 Versuch(e), %2</translation>
    </message>
    <message>
        <source>Not documented (the contract&apos;s value is shown): %1</source>
        <translation>Nicht dokumentiert (gezeigt wird der Wert des Vertrags): %1</translation>
    </message>
    <message>
        <source>%1 %2: contract %3, %4 %5</source>
        <translation>%1 %2: Vertrag %3, %4 %5</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>No X-Vendo-User-JWT was sent: the service answered with the app&apos;s own binding for %1, not the user&apos;s.</source>
        <translation>Es wurde kein X-Vendo-User-JWT gesendet: Der Dienst antwortete mit der eigenen Bindung der App für %1, nicht mit der des Nutzers.</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>ein Token</translation>
    </message>
    <message>
        <source>the connection list</source>
        <translation>die Verbindungsliste</translation>
    </message>
    <message>
        <source>the balance</source>
        <translation>das Guthaben</translation>
    </message>
    <message>
        <source>A body that is not JSON reaches the caller as a raw SyntaxError, not a VendoError.</source>
        <translation>Ein Body, der kein JSON ist, erreicht den Aufrufer als roher SyntaxError, nicht als VendoError.</translation>
    </message>
    <message>
        <source>token() uses a plain fetch: a network failure reaches the caller as the raw TypeError, not a VendoError.</source>
        <translation>token() nutzt ein einfaches fetch: Ein Netzwerkfehler erreicht den Aufrufer als roher TypeError, nicht als VendoError.</translation>
    </message>
    <message>
        <source>The bulk answer left %1 empty: tokens() returns null and does not ask again.</source>
        <translation>Die Sammelantwort ließ %1 leer: tokens() liefert null und fragt nicht erneut.</translation>
    </message>
    <message>
        <source>returns %1</source>
        <translation>liefert %1</translation>
    </message>
    <message>
        <source>Reproduction · %1</source>
        <translation>Reproduktion · %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>the documented contract</source>
        <translation>der dokumentierte Vertrag</translation>
    </message>
    <message>
        <source>from source: %1</source>
        <translation>aus dem Quellcode: %1</translation>
    </message>
    <message>
        <source>from documentation</source>
        <translation>aus der Dokumentation</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>Not documented for %1.</source>
        <translation>Für %1 nicht dokumentiert.</translation>
    </message>
    <message>
        <source>%1 is not a request the probe makes.</source>
        <translation>%1 ist keine Anfrage, die der Abruf stellt.</translation>
    </message>
    <message>
        <source>%1 calls %2 for this, not the endpoint the inspector asks; there is nothing to compare.</source>
        <translation>%1 ruft dafür %2 auf, nicht den Endpunkt, den der Inspector fragt; es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Without a key the constructor throws AuthError (app_unknown): forUser() is never reached, so the customer sees AuthError, not VendoOnlyFeature.</source>
        <translation>Ohne Schlüssel wirft der Konstruktor AuthError (app_unknown): forUser() wird nie erreicht, der Kunde sieht also AuthError, nicht VendoOnlyFeature.</translation>
    </message>
    <message>
        <source>The code is app_unknown, as for an unknown key.</source>
        <translation>Der Code ist app_unknown, wie bei einem unbekannten Schlüssel.</translation>
    </message>
    <message>
        <source>The error comes from new Vendo(), before any scoping call.</source>
        <translation>Der Fehler kommt aus new Vendo(), vor jedem Scoping-Aufruf.</translation>
    </message>
    <message>
        <source>Without a key the constructor throws AuthError (app_unknown) before forRequest() runs.</source>
        <translation>Ohne Schlüssel wirft der Konstruktor AuthError (app_unknown), bevor forRequest() läuft.</translation>
    </message>
    <message>
        <source>The error comes from new Vendo(), before forRequest() runs.</source>
        <translation>Der Fehler kommt aus new Vendo(), bevor forRequest() läuft.</translation>
    </message>
    <message>
        <source>Older spellings (not_connected, needs_reauth, ...) are not in its table: they raise the base VendoError.</source>
        <translation>Ältere Schreibweisen (not_connected, needs_reauth, ...) stehen nicht in seiner Tabelle: Sie werfen die Basisklasse VendoError.</translation>
    </message>
    <message>
        <source>The SDK has no who-am-I: billing.balance() calls /api/billing/balance, another endpoint with other fields.</source>
        <translation>Das SDK hat kein Who-am-I: billing.balance() ruft /api/billing/balance auf, einen anderen Endpunkt mit anderen Feldern.</translation>
    </message>
    <message>
        <source>Vendo mode is decided by the VENDO_API_KEY environment variable, not the key given to the constructor: without the variable token() looks for a BYOK variable and raises NotConnected (binding_missing).</source>
        <translation>Über den Vendo-Modus entscheidet die Umgebungsvariable VENDO_API_KEY, nicht der dem Konstruktor übergebene Schlüssel: Ohne die Variable sucht token() eine BYOK-Variable und wirft NotConnected (binding_missing).</translation>
    </message>
    <message>
        <source>token() sends no X-Vendo-User-JWT: a client scoped with forUser() still gets the app&apos;s own connection, not the user&apos;s (wrong account, or NotConnected for this user).</source>
        <translation>token() sendet kein X-Vendo-User-JWT: Ein mit forUser() gebundener Client erhält trotzdem die eigene Verbindung der App, nicht die des Nutzers (falsches Konto oder NotConnected für diesen Nutzer).</translation>
    </message>
    <message>
        <source>token() sends no Vendo-API-Version: the service&apos;s default version answers.</source>
        <translation>token() sendet keine Vendo-API-Version: Es antwortet die Standardversion des Dienstes.</translation>
    </message>
    <message>
        <source>token() sends no Accept header.</source>
        <translation>token() sendet keinen Accept-Header.</translation>
    </message>
    <message>
        <source>token() makes one attempt: a 502/503 that the contract retries fails at once.</source>
        <translation>token() macht einen Versuch: Ein 502/503, den der Vertrag wiederholt, schlägt sofort fehl.</translation>
    </message>
    <message>
        <source>token() sets no timeout: a service that never answers hangs the call.</source>
        <translation>token() setzt kein Zeitlimit: Ein Dienst, der nie antwortet, lässt den Aufruf hängen.</translation>
    </message>
    <message>
        <source>tokens() sends no X-Vendo-User-JWT either: the app&apos;s bindings answer.</source>
        <translation>tokens() sendet ebenfalls kein X-Vendo-User-JWT: Es antworten die Bindungen der App.</translation>
    </message>
    <message>
        <source>tokens() sends no Vendo-API-Version.</source>
        <translation>tokens() sendet keine Vendo-API-Version.</translation>
    </message>
    <message>
        <source>tokens() sends no Accept header.</source>
        <translation>tokens() sendet keinen Accept-Header.</translation>
    </message>
    <message>
        <source>tokens() sets no timeout.</source>
        <translation>tokens() setzt kein Zeitlimit.</translation>
    </message>
    <message>
        <source>Reconnect delays only grow by up to 25 %, and a stream that ends cleanly reconnects at once.</source>
        <translation>Die Wartezeiten vor dem Neuverbinden wachsen nur um bis zu 25 %, und ein sauber endender Stream verbindet sich sofort neu.</translation>
    </message>
    <message>
        <source>Reconnects send no Last-Event-ID: events that happened during a drop are lost.</source>
        <translation>Beim Neuverbinden wird keine Last-Event-ID gesendet: Ereignisse während eines Abbruchs gehen verloren.</translation>
    </message>
    <message>
        <source>The server&apos;s retry: field is passed to the caller but does not change the reconnect delay.</source>
        <translation>Das Feld retry: des Servers wird an den Aufrufer weitergereicht, ändert aber die Wartezeit vor dem Neuverbinden nicht.</translation>
    </message>
    <message>
        <source>A stream that stops sending pings is not noticed: the SDK waits forever.</source>
        <translation>Ein Stream, der keine Pings mehr sendet, wird nicht bemerkt: Das SDK wartet ewig.</translation>
    </message>
    <message>
        <source>A 401 or a 429 (stream limit) is not raised as its class: the SDK logs a plain Error and keeps reconnecting.</source>
        <translation>Ein 401 oder 429 (Stream-Limit) wird nicht als seine Klasse geworfen: Das SDK protokolliert einen einfachen Error und verbindet sich immer wieder neu.</translation>
    </message>
    <message>
        <source>A signature that is not hex is reported as a mismatch (Node&apos;s hex decoder does not fail); upper-case hex is accepted.</source>
        <translation>Eine Signatur, die kein Hex ist, wird als Abweichung gemeldet (Nodes Hex-Decoder schlägt nicht fehl); Hex in Großbuchstaben wird akzeptiert.</translation>
    </message>
    <message>
        <source>VENDO_WEBHOOK_SECRET is trimmed, so a secret with a trailing newline still verifies.</source>
        <translation>VENDO_WEBHOOK_SECRET wird getrimmt, ein Geheimnis mit abschließendem Zeilenumbruch wird also trotzdem verifiziert.</translation>
    </message>
    <message>
        <source>The SDK asks for API version 2026-05-02, not 2026-05-07.</source>
        <translation>Das SDK fragt nach API-Version 2026-05-02, nicht 2026-05-07.</translation>
    </message>
    <message>
        <source>Documented contract</source>
        <translation>Dokumentierter Vertrag</translation>
    </message>
    <message>
        <source>public documentation only</source>
        <translation>nur öffentliche Dokumentation</translation>
    </message>
    <message>
        <source>who am I (balance)</source>
        <translation>Wer bin ich (Guthaben)</translation>
    </message>
    <message>
        <source>error answers</source>
        <translation>Fehlerantworten</translation>
    </message>
    <message>
        <source>sends Authorization</source>
        <translation>sendet Authorization</translation>
    </message>
    <message>
        <source>sends X-Vendo-User-JWT</source>
        <translation>sendet X-Vendo-User-JWT</translation>
    </message>
    <message>
        <source>Vendo-API-Version</source>
        <translation>Vendo-API-Version</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>first retry delay (ms)</source>
        <translation>erste Wartezeit vor Wiederholung (ms)</translation>
    </message>
    <message>
        <source>longest retry delay (ms)</source>
        <translation>längste Wartezeit vor Wiederholung (ms)</translation>
    </message>
    <message>
        <source>jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>timeout (ms)</source>
        <translation>Zeitlimit (ms)</translation>
    </message>
    <message>
        <source>retries a 429</source>
        <translation>wiederholt ein 429</translation>
    </message>
    <message>
        <source>serves a cached token until expiry minus (s)</source>
        <translation>liefert ein gecachtes Token bis Ablauf minus (s)</translation>
    </message>
    <message>
        <source>caches a non-expiring token for (s)</source>
        <translation>cacht ein nicht ablaufendes Token für (s)</translation>
    </message>
    <message>
        <source>Vendo mode decided by</source>
        <translation>Vendo-Modus entschieden durch</translation>
    </message>
    <message>
        <source>raises without an API key</source>
        <translation>wirft ohne API-Schlüssel</translation>
    </message>
    <message>
        <source>code without an API key</source>
        <translation>Code ohne API-Schlüssel</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>geworfen von</translation>
    </message>
    <message>
        <source>trims the JWT</source>
        <translation>trimmt das JWT</translation>
    </message>
    <message>
        <source>class for an unknown code</source>
        <translation>Klasse für einen unbekannten Code</translation>
    </message>
    <message>
        <source>knows older code spellings</source>
        <translation>kennt ältere Code-Schreibweisen</translation>
    </message>
    <message>
        <source>network failure raises</source>
        <translation>Netzwerkfehler wirft</translation>
    </message>
    <message>
        <source>sends Last-Event-ID</source>
        <translation>sendet Last-Event-ID</translation>
    </message>
    <message>
        <source>honours retry:</source>
        <translation>beachtet retry:</translation>
    </message>
    <message>
        <source>detects a dead stream</source>
        <translation>erkennt einen toten Stream</translation>
    </message>
    <message>
        <source>an error answer</source>
        <translation>eine Fehlerantwort</translation>
    </message>
    <message>
        <source>a signature that is not hex</source>
        <translation>eine Signatur, die kein Hex ist</translation>
    </message>
    <message>
        <source>trims VENDO_WEBHOOK_SECRET</source>
        <translation>trimmt VENDO_WEBHOOK_SECRET</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>tokens() returns null for this slug, without a reason: the bulk answer left it null.</source>
        <translation>tokens() gibt für diesen Slug null zurück, ohne Grund: die Sammelantwort ließ ihn auf null.</translation>
    </message>
    <message>
        <source>The bulk request failed: tokens() throws this for every slug at once.</source>
        <translation>Die Sammelanfrage ist fehlgeschlagen: tokens() wirft diesen Fehler für alle Slugs zugleich.</translation>
    </message>
    <message>
        <source>tokens() makes one attempt: a failed bulk request throws; a slug it could not resolve comes back null.</source>
        <translation>tokens() macht einen Versuch: eine fehlgeschlagene Sammelanfrage wirft einen Fehler; ein Slug, der nicht aufgelöst werden konnte, kommt als null zurück.</translation>
    </message>
    <message>
        <source>tokens() returns the bulk answer&apos;s null as it is: the customer&apos;s code never learns why.</source>
        <translation>tokens() gibt das null der Sammelantwort unverändert zurück: der Code des Kunden erfährt nie, warum.</translation>
    </message>
    <message>
        <source>asks singly for a slug the bulk answer left null</source>
        <translation>fragt einzeln nach einem Slug, den die Sammelantwort auf null ließ</translation>
    </message>
</context>
<context>
    <name>vendo::secrets::ApiKey</name>
    <message>
        <source> (surrounding whitespace was removed)</source>
        <translation> (umgebende Leerzeichen wurden entfernt)</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>A Vendo API key starts with &quot;vendo_sk_&quot;; this one does not%1.</source>
        <translation>Ein Vendo-API-Schlüssel beginnt mit „vendo_sk_“; dieser nicht%1.</translation>
    </message>
    <message>
        <source>Character %1 of the API key is not allowed: after &quot;vendo_sk_&quot; only letters, digits, &quot;_&quot; and &quot;-&quot; may follow%2.</source>
        <translation>Zeichen %1 des API-Schlüssels ist nicht erlaubt: Nach „vendo_sk_“ dürfen nur Buchstaben, Ziffern, „_“ und „-“ folgen%2.</translation>
    </message>
    <message>
        <source>The API key is too short: %1 characters follow &quot;vendo_sk_&quot;, 32 are expected%2.</source>
        <translation>Der API-Schlüssel ist zu kurz: Auf „vendo_sk_“ folgen %1 Zeichen, erwartet werden 32%2.</translation>
    </message>
    <message>
        <source>The API key is too long: %1 characters follow &quot;vendo_sk_&quot;, 32 are expected%2.</source>
        <translation>Der API-Schlüssel ist zu lang: Auf „vendo_sk_“ folgen %1 Zeichen, erwartet werden 32%2.</translation>
    </message>
    <message>
        <source>Surrounding whitespace was removed from the API key.</source>
        <translation>Umgebende Leerzeichen wurden aus dem API-Schlüssel entfernt.</translation>
    </message>
</context>
<context>
    <name>vendo::secrets::ApiKeyResolver</name>
    <message>
        <source>VENDO_API_KEY is not set.</source>
        <translation>VENDO_API_KEY ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>VENDO_API_KEY is set but is not a valid API key: %1</source>
        <translation>VENDO_API_KEY ist gesetzt, aber kein gültiger API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: store one with &quot;vendo-inspector-cli key set --profile %1&quot; or set VENDO_API_KEY.</source>
        <translation>Kein API-Schlüssel für das Profil „%1“: Speichern Sie einen mit „vendo-inspector-cli key set --profile %1“ oder setzen Sie VENDO_API_KEY.</translation>
    </message>
    <message>
        <source>the VENDO_API_KEY environment variable</source>
        <translation>die Umgebungsvariable VENDO_API_KEY</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>nur diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
</context>
<context>
    <name>vendo::secrets::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>The keychain reports no key for this profile, but storing it failed earlier in this session, so that answer cannot be trusted. %1</source>
        <translation>Der Schlüsselbund meldet keinen Schlüssel für dieses Profil, aber das Speichern ist in dieser Sitzung bereits fehlgeschlagen, daher ist dieser Antwort nicht zu trauen. %1</translation>
    </message>
    <message>
        <source>The keyring is locked, so whether a key is stored cannot be told. %1</source>
        <translation>Der Schlüsselbund ist gesperrt, daher lässt sich nicht feststellen, ob ein Schlüssel gespeichert ist. %1</translation>
    </message>
    <message>
        <source>The keyring is locked, so the key may still be stored. %1</source>
        <translation>Der Schlüsselbund ist gesperrt, daher ist der Schlüssel möglicherweise noch gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>vendo::secrets::SecretResult</name>
    <message>
        <source>No API key is stored for this profile; there was nothing to delete.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel gespeichert; es gab nichts zu löschen.</translation>
    </message>
    <message>
        <source>No API key is stored for this profile yet. Enter one to use it.</source>
        <translation>Für dieses Profil ist noch kein API-Schlüssel gespeichert. Geben Sie einen ein.</translation>
    </message>
    <message>
        <source>The macOS Keychain could not be reached. Log in to a graphical session, or use a session-only key.</source>
        <translation>Der macOS-Schlüsselbund ist nicht erreichbar. Melden Sie sich in einer grafischen Sitzung an oder verwenden Sie einen Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Windows Credential Manager could not be reached. Make sure the Credential Manager service is running, or use a session-only key.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung ist nicht erreichbar. Stellen Sie sicher, dass der Dienst der Anmeldeinformationsverwaltung läuft, oder verwenden Sie einen Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keychain service is reachable: this session has no D-Bus session bus or nothing on it provides the Secret Service. Start gnome-keyring or KWallet (for example &quot;gnome-keyring-daemon --start --components=secrets&quot; inside your desktop session), or use a session-only key, or set VENDO_API_KEY for the command line.</source>
        <translation>Kein Schlüsselbunddienst erreichbar: Diese Sitzung hat keinen D-Bus-Sitzungsbus, oder nichts darauf bietet den Secret Service an. Starten Sie gnome-keyring oder KWallet (zum Beispiel „gnome-keyring-daemon --start --components=secrets“ in Ihrer Desktop-Sitzung), verwenden Sie einen Schlüssel nur für diese Sitzung oder setzen Sie VENDO_API_KEY für die Kommandozeile.</translation>
    </message>
    <message>
        <source>The macOS Keychain refused access. Unlock the login keychain and allow vendo-inspector in Keychain Access, then try again.</source>
        <translation>Der macOS-Schlüsselbund hat den Zugriff verweigert. Entsperren Sie den Anmeldeschlüsselbund und erlauben Sie vendo-inspector in der Schlüsselbundverwaltung, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused access. Check that you are logged in as the user who stored the key, then try again.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung hat den Zugriff verweigert. Prüfen Sie, dass Sie als der Nutzer angemeldet sind, der den Schlüssel gespeichert hat, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access. Unlock your login keyring (gnome-keyring: log in again or open &quot;Passwords and Keys&quot;; KWallet: open the wallet), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff. Entsperren Sie Ihren Anmeldeschlüsselbund (gnome-keyring: neu anmelden oder „Passwörter und Schlüssel“ öffnen; KWallet: Brieftasche öffnen), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting on an unlock prompt or still starting: unlock it and try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Er wartet eventuell auf eine Entsperrung oder startet noch: entsperren und erneut versuchen.</translation>
    </message>
    <message>
        <source>The API key was not stored because its format is wrong.</source>
        <translation>Der API-Schlüssel wurde nicht gespeichert, weil sein Format falsch ist.</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain. See the details, then try again.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden. Details ansehen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain; nothing was saved. See the details, then try again.</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden; nichts wurde gesichert. Details ansehen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The API key could not be deleted from the keychain. See the details, then try again.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden. Details ansehen, dann erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>vendo::secrets::SessionSecretStore</name>
    <message>
        <source>this session only (not saved)</source>
        <translation>nur diese Sitzung (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>vendo::secrets::WebhookSecret</name>
    <message>
        <source>The webhook secret is empty.</source>
        <translation>Das Webhook-Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The webhook secret is longer than %1 characters.</source>
        <translation>Das Webhook-Geheimnis ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Character %1 of the webhook secret is not allowed: only printable ASCII without spaces.</source>
        <translation>Zeichen %1 des Webhook-Geheimnisses ist nicht erlaubt: nur druckbares ASCII ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Surrounding whitespace was removed from the webhook secret.</source>
        <translation>Leerraum am Anfang und Ende des Webhook-Geheimnisses wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>vendo::ui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>About Vendo Inspector</source>
        <translation>Über Vendo Inspector</translation>
    </message>
    <message>
        <source>Vendo Inspector</source>
        <translation>Vendo Inspector</translation>
    </message>
    <message>
        <source>Diagnoses end users&apos; identity tokens, connections and provider tokens for the Vendo credentials service.</source>
        <translation>Diagnostiziert Identitätstoken, Verbindungen und Provider-Token von Endnutzern für den Vendo-Credentials-Dienst.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ApiKeyDialog</name>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only (%1) and is gone when the application quits.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung im Speicher gehalten (%1) und ist nach dem Beenden verschwunden.</translation>
    </message>
    <message>
        <source>The key is stored in %1 under this profile. It never reaches a file, a log or a report; the window shows only its first 12 characters.</source>
        <translation>Der Schlüssel wird unter diesem Profil in %1 gespeichert. Er gelangt nie in eine Datei, ein Protokoll oder einen Bericht; das Fenster zeigt nur seine ersten 12 Zeichen.</translation>
    </message>
    <message>
        <source>The Vendo API key: vendo_sk_ followed by 32 characters</source>
        <translation>Der Vendo-API-Schlüssel: vendo_sk_ gefolgt von 32 Zeichen</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>Schlüssel beim Tippen anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove stored key</source>
        <translation>Gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s key from %1</source>
        <translation>Den Schlüssel dieses Profils aus %1 löschen</translation>
    </message>
    <message>
        <source>Looks like a Vendo API key (%1).</source>
        <translation>Sieht aus wie ein Vendo-API-Schlüssel (%1).</translation>
    </message>
    <message>
        <source>No key is stored for this profile now.</source>
        <translation>Für dieses Profil ist jetzt kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Webhook secret for %1</source>
        <translation>Webhook-Secret für %1</translation>
    </message>
    <message>
        <source>The webhook secret is kept in memory for this session only (%1) and is gone when the application quits.</source>
        <translation>Das Webhook-Secret wird nur für diese Sitzung im Speicher gehalten (%1) und ist beim Beenden der Anwendung verschwunden.</translation>
    </message>
    <message>
        <source>The webhook secret (VENDO_WEBHOOK_SECRET where the customer&apos;s code runs) is stored in %1 under this profile. It never reaches a file, a log or a report; the window shows only its first characters.</source>
        <translation>Das Webhook-Secret (VENDO_WEBHOOK_SECRET dort, wo der Code des Kunden läuft) wird in %1 unter diesem Profil gespeichert. Es gelangt nie in eine Datei, ein Log oder einen Bericht; das Fenster zeigt nur seine ersten Zeichen.</translation>
    </message>
    <message>
        <source>The webhook secret the deliveries are signed with</source>
        <translation>Das Webhook-Secret, mit dem die Zustellungen signiert sind</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Secret</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Remove stored secret</source>
        <translation>Gespeichertes Secret entfernen</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s webhook secret from %1</source>
        <translation>Das Webhook-Secret dieses Profils aus %1 löschen</translation>
    </message>
    <message>
        <source>A usable webhook secret (%1).</source>
        <translation>Ein verwendbares Webhook-Secret (%1).</translation>
    </message>
    <message>
        <source>Storing it in %1…</source>
        <translation>Wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>No webhook secret is stored for this profile now.</source>
        <translation>Für dieses Profil ist jetzt kein Webhook-Secret gespeichert.</translation>
    </message>
</context>
<context>
    <name>vendo::ui::AuditJob</name>
    <message>
        <source>%1 cannot be read again: %2</source>
        <translation>%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since the audit: line %2 is gone.</source>
        <translation>%1 hat sich seit der Prüfung geändert: Zeile %2 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The token on line %1 cannot be read again: the line is too long, or %2 changed since the audit.</source>
        <translation>Das Token in Zeile %1 kann nicht erneut gelesen werden: Die Zeile ist zu lang, oder %2 hat sich seit der Prüfung geändert.</translation>
    </message>
</context>
<context>
    <name>vendo::ui::AuditModel</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>ohne Ablauf</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>valid, %1 left</source>
        <translation>gültig, noch %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>valid in %1</source>
        <translation>gültig in %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>key not found</source>
        <translation>Schlüssel nicht gefunden</translation>
    </message>
    <message>
        <source>unsupported algorithm</source>
        <translation>nicht unterstützter Algorithmus</translation>
    </message>
    <message>
        <source>unsigned (alg none)</source>
        <translation>unsigniert (alg none)</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User (sub)</source>
        <translation>Benutzer (sub)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>vendo::ui::AuditView</name>
    <message>
        <source>expired over a day ago</source>
        <translation>vor über einem Tag abgelaufen</translation>
    </message>
    <message>
        <source>expired 1 h – 1 d ago</source>
        <translation>vor 1 h – 1 d abgelaufen</translation>
    </message>
    <message>
        <source>expired within the hour</source>
        <translation>in der letzten Stunde abgelaufen</translation>
    </message>
    <message>
        <source>valid, under 5 min left</source>
        <translation>gültig, noch unter 5 min</translation>
    </message>
    <message>
        <source>valid, 5–60 min left</source>
        <translation>gültig, noch 5–60 min</translation>
    </message>
    <message>
        <source>valid, over an hour left</source>
        <translation>gültig, noch über eine Stunde</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>ohne Ablauf</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>&amp;Cancel audit</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Inspect selected token</source>
        <translation>Ausgewähltes Token &amp;untersuchen</translation>
    </message>
    <message>
        <source>E&amp;xport table…</source>
        <translation>Tabelle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Stop reading the log; what was read so far stays listed and counted (Esc)</source>
        <translation>Das Lesen des Protokolls beenden; was bisher gelesen wurde, bleibt aufgelistet und gezählt (Esc)</translation>
    </message>
    <message>
        <source>Load the selected token into the inspector (Enter or double-click on a row)</source>
        <translation>Das ausgewählte Token in den Inspektor laden (Eingabetaste oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>Save the table as CSV or NDJSON: claims and verdicts only, never a token or signature</source>
        <translation>Die Tabelle als CSV oder NDJSON speichern: nur Claims und Urteile, nie ein Token oder eine Signatur</translation>
    </message>
    <message>
        <source>Tokens found in the log</source>
        <translation>Im Protokoll gefundene Tokens</translation>
    </message>
    <message>
        <source>By verdict</source>
        <translation>Nach Urteil</translation>
    </message>
    <message>
        <source>By issuer</source>
        <translation>Nach Aussteller</translation>
    </message>
    <message>
        <source>By key id (kid)</source>
        <translation>Nach Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>By expiry</source>
        <translation>Nach Ablauf</translation>
    </message>
    <message>
        <source>Summary of the audit</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>No log audited yet: open or drop a log file, or paste a log.</source>
        <translation>Noch kein Protokoll geprüft: Öffnen oder ziehen Sie eine Protokolldatei hierher, oder fügen Sie ein Protokoll ein.</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 tokens: %2 valid, %3 expired, %4 not yet valid, %5 with a bad or unknown signature, %6 malformed</source>
        <translation>%1 Tokens: %2 gültig, %3 abgelaufen, %4 noch nicht gültig, %5 mit falscher oder unbekannter Signatur, %6 fehlerhaft</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 lines (%2) in %3 s.</source>
        <translation>Abgebrochen nach %1 Zeilen (%2) in %3 s.</translation>
    </message>
    <message>
        <source>Done: %1 lines (%2) in %3 s.</source>
        <translation>Fertig: %1 Zeilen (%2) in %3 s.</translation>
    </message>
    <message>
        <source>Reading: %1 lines, %2…</source>
        <translation>Lese: %1 Zeilen, %2…</translation>
    </message>
    <message>
        <source>Signatures are not checked: the profile&apos;s key set (JWKS) is not available.</source>
        <translation>Signaturen werden nicht geprüft: Der Schlüsselsatz (JWKS) des Profils ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The first %1 tokens are listed; all %2 are counted in the summary.</source>
        <translation>Die ersten %1 Tokens sind aufgelistet; alle %2 sind in der Zusammenfassung gezählt.</translation>
    </message>
    <message>
        <source>Time: valid</source>
        <translation>Zeit: gültig</translation>
    </message>
    <message>
        <source>Time: expired</source>
        <translation>Zeit: abgelaufen</translation>
    </message>
    <message>
        <source>Time: not yet valid</source>
        <translation>Zeit: noch nicht gültig</translation>
    </message>
    <message>
        <source>Time: no expiry</source>
        <translation>Zeit: ohne Ablauf</translation>
    </message>
    <message>
        <source>Time: unknown</source>
        <translation>Zeit: unbekannt</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>Signatur: gültig</translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation>Signatur: ungültig</translation>
    </message>
    <message>
        <source>Signature: key not found</source>
        <translation>Signatur: Schlüssel nicht gefunden</translation>
    </message>
    <message>
        <source>Signature: unsupported algorithm</source>
        <translation>Signatur: nicht unterstützter Algorithmus</translation>
    </message>
    <message>
        <source>Signature: unsigned</source>
        <translation>Signatur: unsigniert</translation>
    </message>
    <message>
        <source>Signature: not checked</source>
        <translation>Signatur: nicht geprüft</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Export the audit table</source>
        <translation>Prüftabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson)</source>
        <translation>NDJSON (*.ndjson)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>%n Token nach %1 exportiert.</numerusform>
            <numerusform>%n Tokens nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>vendo::ui::CaseSummary</name>
    <message>
        <source>%1 UTC (%2 local)</source>
        <translation>%1 UTC (%2 Ortszeit)</translation>
    </message>
    <message>
        <source>Vendo case summary (%1)</source>
        <translation>Vendo-Fallübersicht (%1)</translation>
    </message>
    <message>
        <source>Identity: none loaded</source>
        <translation>Identität: keine geladen</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Wer: %1</translation>
    </message>
    <message>
        <source>(the token names nobody)</source>
        <translation>(das Token nennt niemanden)</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Verbindungen: %1</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Retry-After %1 s (until %2)</source>
        <translation>Retry-After %1 s (bis %2)</translation>
    </message>
    <message>
        <source>Retry-After %1 s</source>
        <translation>Retry-After %1 s</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ClaimsModel</name>
    <message>
        <source>%1 · local %2 · %3</source>
        <translation>%1 · lokal %2 · %3</translation>
    </message>
    <message>
        <source>(not a standard or Vendo claim)</source>
        <translation>(kein Standard- oder Vendo-Claim)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Time (UTC · local · relative)</source>
        <translation>Zeit (UTC · lokal · relativ)</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ConnectionsModel</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Needs re-auth</source>
        <translation>Neu autorisieren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Re-authorize…</source>
        <translation>Neu autorisieren…</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Slug: %1
Category: %2
Base URL: %3</source>
        <translation>Slug: %1
Kategorie: %2
Basis-URL: %3</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s set-up page in the browser after a confirmation: the link embeds the app&apos;s API key.
%1</source>
        <translation>Öffnet die Einrichtungsseite des Providers nach einer Bestätigung im Browser: Der Link enthält den API-Schlüssel der App.
%1</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ConnectionsPanel</name>
    <message>
        <source>Filter by provider, status, profile or error…</source>
        <translation>Nach Provider, Status, Profil oder Fehler filtern…</translation>
    </message>
    <message>
        <source>Show only the connections that contain this text</source>
        <translation>Nur Verbindungen zeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Load the user&apos;s connections again (F5)</source>
        <translation>Verbindungen des Nutzers neu laden (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>No user identity yet</source>
        <translation>Noch keine Nutzeridentität</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) · %1 ms</source>
        <translation>
            <numerusform>%n Verbindung · %1 ms</numerusform>
            <numerusform>%n Verbindungen · %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) · %2 ms</source>
        <translation>
            <numerusform>%1 von %n Verbindung · %2 ms</numerusform>
            <numerusform>%1 von %n Verbindungen · %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>No profile to compare the link with.</source>
        <translation>Kein Profil, mit dem sich der Link vergleichen ließe.</translation>
    </message>
    <message>
        <source>The %1 link was not opened: %2 It points to %3.</source>
        <translation>Der Link für %1 wurde nicht geöffnet: %2 Er zeigt auf %3.</translation>
    </message>
    <message>
        <source>Open the %1 link at %2 in your browser? The link embeds the app&apos;s API key: do not paste it into a ticket or chat, and open it only on a computer you trust.</source>
        <translation>Den Link für %1 unter %2 im Browser öffnen? Der Link enthält den API-Schlüssel der App: Fügen Sie ihn nicht in ein Ticket oder einen Chat ein, und öffnen Sie ihn nur auf einem vertrauenswürdigen Computer.</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Verbindungen filtern</translation>
    </message>
    <message>
        <source>Reload connections</source>
        <translation>Verbindungen neu laden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Watch until connected</source>
        <translation>Beobachten, bis verbunden</translation>
    </message>
    <message>
        <source>Tell me when the selected connection becomes connected (through the live events)</source>
        <translation>Melden, sobald die ausgewählte Verbindung verbunden ist (über die Live-Ereignisse)</translation>
    </message>
</context>
<context>
    <name>vendo::ui::DecodedView</name>
    <message>
        <source>Ask the server</source>
        <translation>Server fragen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No identity token yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Paste an end user&apos;s identity token, a request&apos;s headers, a curl command or a HAR file anywhere in the window (Ctrl+V), open one (Ctrl+O) or drop it here.&lt;/p&gt;&lt;p&gt;The token is decoded and judged here; the user&apos;s connections and provider tokens appear below.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Noch kein Identitätstoken&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fügen Sie das Identitätstoken eines Endnutzers, die Header einer Anfrage, einen curl-Befehl oder eine HAR-Datei irgendwo im Fenster ein (Strg+V), öffnen Sie eine Datei (Strg+O) oder ziehen Sie sie hierher.&lt;/p&gt;&lt;p&gt;Das Token wird hier dekodiert und beurteilt; Verbindungen und Provider-Token des Nutzers erscheinen unten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ask the service what it thinks of this token: whoami as the user (Ctrl+Shift+W)</source>
        <translation>Den Dienst fragen, was er von diesem Token hält: whoami als Nutzer (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show why each verdict is what it is</source>
        <translation>Zeigen, wie jedes Urteil zustande kommt</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Time: valid</source>
        <translation>Zeit: gültig</translation>
    </message>
    <message>
        <source>Time: expired</source>
        <translation>Zeit: abgelaufen</translation>
    </message>
    <message>
        <source>Time: not yet valid</source>
        <translation>Zeit: noch nicht gültig</translation>
    </message>
    <message>
        <source>Time: no exp</source>
        <translation>Zeit: kein exp</translation>
    </message>
    <message>
        <source>Time: unknown</source>
        <translation>Zeit: unbekannt</translation>
    </message>
    <message>
        <source>Signature: not checked</source>
        <translation>Signatur: nicht geprüft</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>Signatur: gültig</translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation>Signatur: ungültig</translation>
    </message>
    <message>
        <source>Signature: key not found</source>
        <translation>Signatur: Schlüssel fehlt</translation>
    </message>
    <message>
        <source>Signature: unsupported alg</source>
        <translation>Signatur: alg nicht unterstützt</translation>
    </message>
    <message>
        <source>Signature: unsigned</source>
        <translation>Signatur: unsigniert</translation>
    </message>
    <message>
        <source>Structure: OK</source>
        <translation>Struktur: OK</translation>
    </message>
    <message>
        <source>Structure: malformed</source>
        <translation>Struktur: fehlerhaft</translation>
    </message>
    <message>
        <source>Three well-formed segments with JSON header and payload</source>
        <translation>Drei wohlgeformte Segmente mit JSON-Header und -Payload</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>Structure: three segments, header and payload are JSON objects.</source>
        <translation>Struktur: drei Segmente, Header und Payload sind JSON-Objekte.</translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation>Struktur: %1</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Server: asking…</source>
        <translation>Server: wird gefragt…</translation>
    </message>
    <message>
        <source>Server: valid</source>
        <translation>Server: gültig</translation>
    </message>
    <message>
        <source>The service accepts this token (HTTP %1, %2 ms): tenant %3.</source>
        <translation>Der Dienst akzeptiert dieses Token (HTTP %1, %2 ms): Mandant %3.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The service refuses this token: %1 %2</source>
        <translation>Der Dienst lehnt dieses Token ab: %1 %2</translation>
    </message>
    <message>
        <source>Signature: checking…</source>
        <translation>Signatur: wird geprüft…</translation>
    </message>
    <message>
        <source>Loading the profile&apos;s key set (JWKS)</source>
        <translation>Der Schlüsselsatz des Profils (JWKS) wird geladen</translation>
    </message>
    <message>
        <source>No identity token to decode</source>
        <translation>Kein Identitätstoken zu dekodieren</translation>
    </message>
    <message>
        <source> s leeway</source>
        <translation> s Toleranz</translation>
    </message>
    <message>
        <source>No leeway</source>
        <translation>Keine Toleranz</translation>
    </message>
    <message>
        <source>Local leeway for exp and nbf</source>
        <translation>Lokale Toleranz für exp und nbf</translation>
    </message>
    <message>
        <source>The Vendo service allows no leeway for exp, and the verdict follows it. Set a local leeway only for tokens of other issuers.</source>
        <translation>Der Vendo-Dienst lässt für exp keine Toleranz zu, und das Urteil folgt ihm. Stellen Sie eine lokale Toleranz nur für Tokens anderer Aussteller ein.</translation>
    </message>
    <message>
        <source>Time: %1 (local leeway %2 s; the service allows none)</source>
        <translation>Zeit: %1 (lokale Toleranz %2 s; der Dienst lässt keine zu)</translation>
    </message>
    <message>
        <source>Time: %1 (no leeway, as the service)</source>
        <translation>Zeit: %1 (keine Toleranz, wie der Dienst)</translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation>Header-JSON</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>Payload-JSON</translation>
    </message>
</context>
<context>
    <name>vendo::ui::DiagnosticReport</name>
    <message>
        <source># Vendo Inspector diagnostic report</source>
        <translation># Vendo-Inspector-Diagnosebericht</translation>
    </message>
    <message>
        <source>Generated %1 by vendo-inspector %2. Secrets are redacted: the API key is not included, the identity token&apos;s signature is removed and provider tokens are masked.</source>
        <translation>Erstellt %1 von vendo-inspector %2. Geheimnisse sind geschwärzt: Der API-Schlüssel fehlt, die Signatur des Identitätstokens ist entfernt und Provider-Token sind maskiert.</translation>
    </message>
    <message>
        <source>## Profile</source>
        <translation>## Profil</translation>
    </message>
    <message>
        <source>- API base: %1</source>
        <translation>- API-Basis: %1</translation>
    </message>
    <message>
        <source>- Credentials service: %1</source>
        <translation>- Credentials-Dienst: %1</translation>
    </message>
    <message>
        <source>- API version: %1</source>
        <translation>- API-Version: %1</translation>
    </message>
    <message>
        <source>- API key: %1</source>
        <translation>- API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>## Identity token</source>
        <translation>## Identitätstoken</translation>
    </message>
    <message>
        <source>No identity token was loaded.</source>
        <translation>Es wurde kein Identitätstoken geladen.</translation>
    </message>
    <message>
        <source>- Structure: %1</source>
        <translation>- Struktur: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>- Time: %1 — %2</source>
        <translation>- Zeit: %1 — %2</translation>
    </message>
    <message>
        <source>- Signature: %1%2</source>
        <translation>- Signatur: %1%2</translation>
    </message>
    <message>
        <source>- Warning (%1): %2</source>
        <translation>- Warnung (%1): %2</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>| Claim | Value | Meaning |</source>
        <translation>| Claim | Wert | Bedeutung |</translation>
    </message>
    <message>
        <source>Scoping failed: %1 — %2</source>
        <translation>Scoping fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <source>## Server verdict (whoami as the user)</source>
        <translation>## Urteil des Servers (whoami als Nutzer)</translation>
    </message>
    <message>
        <source>Accepted (HTTP %1): tenant %2.</source>
        <translation>Akzeptiert (HTTP %1): Mandant %2.</translation>
    </message>
    <message>
        <source>Refused: %1 (%2) — %3</source>
        <translation>Abgelehnt: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>## Connections</source>
        <translation>## Verbindungen</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>Nicht geladen.</translation>
    </message>
    <message>
        <source>Failed: %1 (%2, HTTP %3) — %4</source>
        <translation>Fehlgeschlagen: %1 (%2, HTTP %3) — %4</translation>
    </message>
    <message>
        <source>| Provider | Status | Profile | Error |</source>
        <translation>| Provider | Status | Profil | Fehler |</translation>
    </message>
    <message>
        <source>## Token probe</source>
        <translation>## Token-Abruf</translation>
    </message>
    <message>
        <source>No provider token was fetched.</source>
        <translation>Es wurde kein Provider-Token abgerufen.</translation>
    </message>
    <message>
        <source>| Provider | Result | Token | Expires | Latency | Attempts | Error class | Code | Remediation |</source>
        <translation>| Provider | Ergebnis | Token | Läuft ab | Latenz | Versuche | Fehlerklasse | Code | Abhilfe |</translation>
    </message>
    <message>
        <source>OK %1</source>
        <translation>OK %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>## Request log</source>
        <translation>## Anfrageprotokoll</translation>
    </message>
    <message>
        <source>- Profile: %1 (environment: %2)</source>
        <translation>- Profil: %1 (Umgebung: %2)</translation>
    </message>
    <message>
        <source>- Token: %1</source>
        <translation>- Token: %1</translation>
    </message>
    <message>
        <source>## SDK lens</source>
        <translation>## SDK-Linse</translation>
    </message>
    <message>
        <source>- SDK: %1 (%2)</source>
        <translation>- SDK: %1 (%2)</translation>
    </message>
    <message>
        <source>- Differences from the contract: none applied.</source>
        <translation>- Abweichungen vom Vertrag: keine zutreffend.</translation>
    </message>
    <message>
        <source>| Operation | Aspect | Contract | This SDK | What it means | Source |</source>
        <translation>| Operation | Aspekt | Vertrag | Dieses SDK | Was es bedeutet | Quelle |</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>| Run | Operation | Raises / returns | HTTP | Attempts | What it means |</source>
        <translation>| Lauf | Operation | Wirft / liefert | HTTP | Versuche | Was es bedeutet |</translation>
    </message>
    <message>
        <source>(sub %1)</source>
        <translation>(sub %1)</translation>
    </message>
    <message>
        <source>the service&apos;s answer</source>
        <translation>Antwort des Dienstes</translation>
    </message>
    <message>
        <source>the token&apos;s claim, not confirmed by the service</source>
        <translation>Claim des Tokens, vom Dienst nicht bestätigt</translation>
    </message>
    <message>
        <source>malformed (%1); nothing was sent</source>
        <translation>fehlerhaft (%1); nichts wurde gesendet</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired at %1 (%2)</source>
        <translation>abgelaufen am %1 (%2)</translation>
    </message>
    <message>
        <source>expired (%1)</source>
        <translation>abgelaufen (%1)</translation>
    </message>
    <message>
        <source>not yet valid: valid from %1</source>
        <translation>noch nicht gültig: gültig ab %1</translation>
    </message>
    <message>
        <source>not yet valid (%1)</source>
        <translation>noch nicht gültig (%1)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>accepted the token%1 (HTTP %2)</source>
        <translation>hat das Token%1 angenommen (HTTP %2)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>refused the token%1: %2 (%3, HTTP %4) — %5</source>
        <translation>hat das Token%1 abgelehnt: %2 (%3, HTTP %4) — %5</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>failed to load: %1 (HTTP %2) — %3</source>
        <translation>Laden fehlgeschlagen: %1 (HTTP %2) — %3</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Probe it (Token probe) for the class the SDK raises and the fix.</source>
        <translation>Im Token-Abruf abfragen: Er zeigt die Klasse, die das SDK wirft, und die Abhilfe.</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n geladen</numerusform>
            <numerusform>%n geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Übersicht</translation>
    </message>
    <message>
        <source>- Identity: none loaded</source>
        <translation>- Identität: keine geladen</translation>
    </message>
    <message>
        <source>- Who: %1</source>
        <translation>- Wer: %1</translation>
    </message>
    <message>
        <source>the token names nobody</source>
        <translation>das Token nennt niemanden</translation>
    </message>
    <message>
        <source>- Tenant: %1</source>
        <translation>- Mandant: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>- Signature: %1</source>
        <translation>- Signatur: %1</translation>
    </message>
    <message>
        <source>- Server: %1</source>
        <translation>- Server: %1</translation>
    </message>
    <message>
        <source>- Environment: %1 (%2)</source>
        <translation>- Umgebung: %1 (%2)</translation>
    </message>
    <message>
        <source>- Connections: %1</source>
        <translation>- Verbindungen: %1</translation>
    </message>
    <message>
        <source>Failing connections:</source>
        <translation>Fehlerhafte Verbindungen:</translation>
    </message>
    <message>
        <source>| Provider | SDK class | Code | HTTP | Retry-After | What happened | Fix |</source>
        <translation>| Provider | SDK-Klasse | Code | HTTP | Retry-After | Was geschah | Abhilfe |</translation>
    </message>
    <message>
        <source>%1 s (until %2)</source>
        <translation>%1 s (bis %2)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message numerus="yes">
        <source>This report covers every identity inspected in this window: %n request(s) in the log, other identities&apos; included at the operator&apos;s choice.</source>
        <translation>
            <numerusform>Dieser Bericht umfasst jede in diesem Fenster untersuchte Identität: %n Anfrage im Protokoll, die anderer Identitäten auf Wunsch des Bearbeiters eingeschlossen.</numerusform>
            <numerusform>Dieser Bericht umfasst jede in diesem Fenster untersuchte Identität: %n Anfragen im Protokoll, die anderer Identitäten auf Wunsch des Bearbeiters eingeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers one case: the identity above and the %n request(s) made for it.</source>
        <translation>
            <numerusform>Dieser Bericht umfasst einen Fall: die Identität oben und die %n Anfrage für sie.</numerusform>
            <numerusform>Dieser Bericht umfasst einen Fall: die Identität oben und die %n Anfragen für sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) made for other identities (or as the app) are left out.</source>
        <translation>
            <numerusform>%n Anfrage für andere Identitäten (oder als App) ist weggelassen.</numerusform>
            <numerusform>%n Anfragen für andere Identitäten (oder als App) sind weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON export holds the raw data (headers and bodies, redacted).</source>
        <translation>Der JSON-Export enthält die Rohdaten (Header und Inhalte, geschwärzt).</translation>
    </message>
    <message>
        <source>No request was made for this case.</source>
        <translation>Für diesen Fall wurde keine Anfrage gestellt.</translation>
    </message>
    <message>
        <source>| Time (UTC) | Request | HTTP | Outcome | Attempt | Duration |</source>
        <translation>| Zeit (UTC) | Anfrage | HTTP | Ergebnis | Versuch | Dauer |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ErrorDecoderPanel</name>
    <message>
        <source>Paste an error code, an HTTP status or a log line, e.g. connection_needs_reauth</source>
        <translation>Fehlercode, HTTP-Status oder Protokollzeile einfügen, z. B. connection_needs_reauth</translation>
    </message>
    <message>
        <source>Recognises current and legacy codes, SDK class names, HTTP statuses and transport failures</source>
        <translation>Erkennt aktuelle und alte Codes, SDK-Klassennamen, HTTP-Status und Transportfehler</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>No Vendo error code, SDK class, HTTP status or transport failure was found in this text.</source>
        <translation>In diesem Text wurde kein Vendo-Fehlercode, keine SDK-Klasse, kein HTTP-Status und kein Transportfehler gefunden.</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Error code, HTTP status or log line</source>
        <translation>Fehlercode, HTTP-Status oder Logzeile</translation>
    </message>
</context>
<context>
    <name>vendo::ui::EventsModel</name>
    <message>
        <source>%1 (UTC)
Event id: %2</source>
        <translation>%1 (UTC)
Ereignis-ID: %2</translation>
    </message>
    <message>
        <source>An older server&apos;s name for this kind</source>
        <translation>Der Name eines älteren Servers für diese Art</translation>
    </message>
    <message>
        <source>A kind this version does not know: shown as it came</source>
        <translation>Eine Art, die diese Version nicht kennt: so gezeigt, wie sie kam</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>dieser Nutzer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tenant: %1
User: %2</source>
        <translation>Mandant: %1
Nutzer: %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tenant / user</source>
        <translation>Mandant / Nutzer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>vendo::ui::EventsPanel</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Which events to show</source>
        <translation>Welche Ereignisse gezeigt werden</translation>
    </message>
    <message>
        <source>All events of the app</source>
        <translation>Alle Ereignisse der App</translation>
    </message>
    <message>
        <source>This user&apos;s connections</source>
        <translation>Verbindungen dieses Nutzers</translation>
    </message>
    <message>
        <source>This user: the events that name the identity&apos;s user id or one of the connections listed for it</source>
        <translation>Dieser Nutzer: die Ereignisse, die die Nutzer-ID der Identität oder eine ihrer aufgeführten Verbindungen nennen</translation>
    </message>
    <message>
        <source>Hold the timeline still; new events wait and join it on resume</source>
        <translation>Die Zeitleiste anhalten; neue Ereignisse warten und kommen beim Fortsetzen hinzu</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>Alle Ereignisse aus der Zeitleiste entfernen</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Ereignis-Zeitleiste</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No stream</source>
        <translation>Kein Strom</translation>
    </message>
    <message>
        <source>The event stream needs the profile&apos;s API key (no identity is needed).</source>
        <translation>Der Ereignisstrom braucht den API-Schlüssel des Profils (keine Identität nötig).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to follow the app&apos;s events as they happen.</source>
        <translation>Verbinden, um die Ereignisse der App live zu verfolgen.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Opening the event stream (attempt %1)…</source>
        <translation>Ereignisstrom wird geöffnet (Versuch %1)…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Receiving the app&apos;s events live.</source>
        <translation>Die Ereignisse der App kommen live an.</translation>
    </message>
    <message>
        <source>Receiving the app&apos;s events live; last event %1.</source>
        <translation>Die Ereignisse der App kommen live an; letztes Ereignis %1.</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindet neu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s (attempt %1); missed events are replayed.</source>
        <translation>
            <numerusform>Neue Verbindung in %n s (Versuch %1); verpasste Ereignisse werden nachgeliefert.</numerusform>
            <numerusform>Neue Verbindung in %n s (Versuch %1); verpasste Ereignisse werden nachgeliefert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream limit reached</source>
        <translation>Stromlimit erreicht</translation>
    </message>
    <message numerus="yes">
        <source>429 rate_limit_sse_streams: the app already has 5 event streams open (other windows, CLIs or the customer&apos;s own services). Retrying in %n s (attempt %1).</source>
        <translation>
            <numerusform>429 rate_limit_sse_streams: Die App hat schon 5 Ereignisströme offen (andere Fenster, CLIs oder die Dienste des Kunden). Neuer Versuch in %n s (Versuch %1).</numerusform>
            <numerusform>429 rate_limit_sse_streams: Die App hat schon 5 Ereignisströme offen (andere Fenster, CLIs oder die Dienste des Kunden). Neuer Versuch in %n s (Versuch %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>The stream is closed. Connect to follow the app&apos;s events again.</source>
        <translation>Der Strom ist geschlossen. Verbinden, um die Ereignisse der App wieder zu verfolgen.</translation>
    </message>
    <message>
        <source>Event stream: %1</source>
        <translation>Ereignisstrom: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 von %n Ereignis</numerusform>
            <numerusform>%1 von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation>
            <numerusform>%n älteres verworfen</numerusform>
            <numerusform>%n ältere verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new held</source>
        <translation>
            <numerusform>angehalten, %n neues wartet</numerusform>
            <numerusform>angehalten, %n neue warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching until connected: %1</source>
        <translation>Beobachtet, bis verbunden: %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Close the event stream (it counts against the app&apos;s five)</source>
        <translation>Den Ereignisstrom schließen (er zählt zu den fünf der App)</translation>
    </message>
    <message>
        <source>Open the app&apos;s event stream</source>
        <translation>Den Ereignisstrom der App öffnen</translation>
    </message>
</context>
<context>
    <name>vendo::ui::IdentityPanel</name>
    <message>
        <source>sub %1</source>
        <translation>sub %1</translation>
    </message>
    <message>
        <source>kid %1</source>
        <translation>kid %1</translation>
    </message>
    <message>
        <source>Nothing to inspect: the input is empty.</source>
        <translation>Nichts zu prüfen: Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message numerus="yes">
        <source>text with %n token(s)</source>
        <translation>
            <numerusform>Text mit %n Token</numerusform>
            <numerusform>Text mit %n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Token %1: %2</source>
        <translation>Token %1: %2</translation>
    </message>
    <message>
        <source>Several found — inspect:</source>
        <translation>Mehrere gefunden — prüfen:</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>The input holds several requests or tokens: choose the one to inspect</source>
        <translation>Die Eingabe enthält mehrere Anfragen oder Token: Wählen Sie die zu prüfende</translation>
    </message>
    <message>
        <source>What was found in the input (secrets redacted)</source>
        <translation>Was in der Eingabe gefunden wurde (Geheimnisse geschwärzt)</translation>
    </message>
    <message>
        <source>Paste from the clipboard (Ctrl+V)</source>
        <translation>Aus der Zwischenablage einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>Open a token, header, curl or HAR file (Ctrl+O)</source>
        <translation>Token-, Header-, curl- oder HAR-Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Forget the current input</source>
        <translation>Aktuelle Eingabe verwerfen</translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <translation>%1 wird gelesen (%2)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Identity found</source>
        <translation>Identität gefunden</translation>
    </message>
    <message>
        <source>forRequest finds X-Vendo-User-JWT and scopes the client to this user, as the SDKs would.</source>
        <translation>forRequest findet X-Vendo-User-JWT und beschränkt den Client auf diesen Nutzer, wie es die SDKs tun.</translation>
    </message>
    <message>
        <source>Inspecting this token as forUser(token) would use it.</source>
        <translation>Dieses Token wird so geprüft, wie forUser(token) es verwenden würde.</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>forRequest raises IdentityNotPresent: this request has no X-Vendo-User-JWT header (or only an empty one). The SDKs look it up case-insensitively and scope to a user only through it; without it every call runs as the app, not the user.</source>
        <translation>forRequest löst IdentityNotPresent aus: Diese Anfrage hat keinen (oder nur einen leeren) X-Vendo-User-JWT-Header. Die SDKs suchen ihn ohne Beachtung der Groß-/Kleinschreibung und beschränken nur über ihn auf einen Nutzer; ohne ihn läuft jeder Aufruf als App, nicht als Nutzer.</translation>
    </message>
    <message>
        <source>The request does carry an Authorization header: if that holds the user&apos;s token, the customer&apos;s backend forgot to forward it as X-Vendo-User-JWT.</source>
        <translation>Die Anfrage enthält einen Authorization-Header: Falls er das Token des Nutzers trägt, hat das Backend des Kunden vergessen, es als X-Vendo-User-JWT weiterzugeben.</translation>
    </message>
    <message>
        <source>Fix: send the end user&apos;s token as X-Vendo-User-JWT on every request.</source>
        <translation>Abhilfe: Das Token des Endnutzers bei jeder Anfrage als X-Vendo-User-JWT senden.</translation>
    </message>
    <message>
        <source>Headers present: %1</source>
        <translation>Vorhandene Header: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>User id (sub): %1</source>
        <translation>Nutzer-ID (sub): %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Token %1 in the text: %2</source>
        <translation>Token %1 im Text: %2</translation>
    </message>
    <message>
        <source>Tokens found in the text: %1 — pick one above to inspect it.</source>
        <translation>Im Text gefundene Token: %1 — oben eines auswählen, um es zu untersuchen.</translation>
    </message>
    <message>
        <source>Nothing pasted or opened yet.</source>
        <translation>Noch nichts eingefügt oder geöffnet.</translation>
    </message>
    <message>
        <source>Several found (the first %1 tokens of %2) — inspect:</source>
        <translation>Mehrere gefunden (die ersten %1 von %2 Tokens) – prüfen:</translation>
    </message>
    <message>
        <source>What was found in the input</source>
        <translation>Was in der Eingabe gefunden wurde</translation>
    </message>
    <message>
        <source>Identity to inspect</source>
        <translation>Zu prüfende Identität</translation>
    </message>
    <message>
        <source>No identity token in this text: nothing was sent to the service. Paste the end user&apos;s token, the request&apos;s headers, a curl command or a HAR file.</source>
        <translation>Kein Identitätstoken in diesem Text: Es wurde nichts an den Dienst gesendet. Fügen Sie das Token des Endbenutzers, die Header der Anfrage, einen curl-Befehl oder eine HAR-Datei ein.</translation>
    </message>
    <message>
        <source>No identity token</source>
        <translation>Kein Identitätstoken</translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation>Fehlerhaftes Token</translation>
    </message>
    <message>
        <source>This is shaped like an identity token but is malformed: it is decoded to show what is wrong, and nothing is sent to the service.</source>
        <translation>Dies sieht wie ein Identitätstoken aus, ist aber fehlerhaft: Es wird dekodiert, um zu zeigen, was falsch ist, und nichts wird an den Dienst gesendet.</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Bearer token (not X-Vendo-User-JWT) of %1</source>
        <translation>Bearer-Token (nicht X-Vendo-User-JWT) von %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), of which %1 carry X-Vendo-User-JWT.</source>
        <translation>
            <numerusform>%n Anfrage, davon %1 mit X-Vendo-User-JWT.</numerusform>
            <numerusform>%n Anfragen, davon %1 mit X-Vendo-User-JWT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) send a JWT only as &quot;Authorization: Bearer&quot;, which forRequest does not read.</source>
        <translation>
            <numerusform>%n Anfrage sendet ein JWT nur als &quot;Authorization: Bearer&quot;, das forRequest nicht liest.</numerusform>
            <numerusform>%n Anfragen senden ein JWT nur als &quot;Authorization: Bearer&quot;, das forRequest nicht liest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Several found (the first %1 of %2 requests with an identity; the picker lists no more) — inspect:</source>
        <translation>Mehrere gefunden (die ersten %1 von %2 Anfragen mit Identität; die Auswahl zeigt nicht mehr) — prüfen:</translation>
    </message>
    <message>
        <source>Several found (the first %1 of %2 requests; none carries an identity) — inspect:</source>
        <translation>Mehrere gefunden (die ersten %1 von %2 Anfragen; keine trägt eine Identität) — prüfen:</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The requests that carry an identity (the most recent valid one is chosen first); %n other request(s) carry none and are not listed.</source>
        <translation>
            <numerusform>Die Anfragen mit Identität (die neueste gültige wird zuerst gewählt); %n weitere Anfrage trägt keine und wird nicht aufgeführt.</numerusform>
            <numerusform>Die Anfragen mit Identität (die neueste gültige wird zuerst gewählt); %n weitere Anfragen tragen keine und werden nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This input is %1: a token is at most %2, and a pasted log is audited up to %3. Save a larger log to a file and open it (Ctrl+O): files of any size are audited.</source>
        <translation>Diese Eingabe ist %1 groß: Ein Token hat höchstens %2, und ein eingefügtes Protokoll wird bis %3 geprüft. Speichern Sie ein größeres Protokoll in einer Datei und öffnen Sie sie (Strg+O): Dateien jeder Größe werden geprüft.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1: a log (%2)</source>
        <translation>%1: ein Protokoll (%2)</translation>
    </message>
    <message>
        <source>Log: audited</source>
        <translation>Protokoll: geprüft</translation>
    </message>
    <message>
        <source>This is a log with identity tokens in it: every token is listed and judged in the Audit panel. Choose a row there to inspect that identity here.</source>
        <translation>Dies ist ein Protokoll mit Identitätstokens: Jedes Token wird im Bereich „Prüfung“ aufgelistet und beurteilt. Wählen Sie dort eine Zeile, um diese Identität hier zu untersuchen.</translation>
    </message>
    <message>
        <source>Removed a &quot;Bearer &quot; prefix: the token travels without it.</source>
        <translation>Ein Präfix „Bearer “ wurde entfernt: Das Token wird ohne es übertragen.</translation>
    </message>
    <message>
        <source>&lt;signature redacted&gt;</source>
        <translation>&lt;Signatur entfernt&gt;</translation>
    </message>
</context>
<context>
    <name>vendo::ui::InspectorSession</name>
    <message>
        <source>The profile names no key set (JWKS URL): the signature cannot be checked.</source>
        <translation>Das Profil nennt keinen Schlüsselsatz (JWKS-URL): Die Signatur kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The key set at %1 could not be loaded: %2</source>
        <translation>Der Schlüsselsatz unter %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>vendo::ui::MainWindow</name>
    <message>
        <source>Vendo Inspector</source>
        <translation>Vendo Inspector</translation>
    </message>
    <message>
        <source>No request yet</source>
        <translation>Noch keine Anfrage</translation>
    </message>
    <message>
        <source>The last request to the service: status and latency</source>
        <translation>Die letzte Anfrage an den Dienst: Status und Latenz</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Token probe</source>
        <translation>Token-Abruf</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Error decoder</source>
        <translation>Fehlerdecoder</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last request: HTTP %1 · %2 ms</source>
        <translation>Letzte Anfrage: HTTP %1 · %2 ms</translation>
    </message>
    <message>
        <source>Last request: %1 · %2 ms</source>
        <translation>Letzte Anfrage: %1 · %2 ms</translation>
    </message>
    <message>
        <source>No API key is stored for %1: the service cannot be asked anything yet.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert: Der Dienst kann noch nichts gefragt werden.</translation>
    </message>
    <message>
        <source>Set API key…</source>
        <translation>API-Schlüssel festlegen…</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1 Nothing was stored in plain text.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1 Nichts wurde im Klartext gespeichert.</translation>
    </message>
    <message>
        <source>Needs an identity token and the profile&apos;s API key</source>
        <translation>Braucht ein Identitätstoken und den API-Schlüssel des Profils</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>The clipboard holds no text to inspect.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Prüfen.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>%1 is %2: too large for a token, header block or HAR file (the limit is %3).</source>
        <translation>%1 ist %2 groß: zu groß für ein Token, einen Header-Block oder eine HAR-Datei (Grenze: %3).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report saved to %1. Secrets are redacted; it is ready to attach to the ticket.</source>
        <translation>Bericht in %1 gespeichert. Geheimnisse sind geschwärzt; er kann an das Ticket angehängt werden.</translation>
    </message>
    <message>
        <source>&amp;Paste identity</source>
        <translation>Identität &amp;einfügen</translation>
    </message>
    <message>
        <source>Inspect the token, header block, curl command or HAR in the clipboard</source>
        <translation>Token, Header-Block, curl-Befehl oder HAR aus der Zwischenablage prüfen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a file holding a token, a header block, a curl command or a HAR</source>
        <translation>Eine Datei mit Token, Header-Block, curl-Befehl oder HAR öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear identity</source>
        <translation>Identität &amp;verwerfen</translation>
    </message>
    <message>
        <source>Forget the current input</source>
        <translation>Aktuelle Eingabe verwerfen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save a redacted diagnostic report (Markdown or JSON) for the ticket</source>
        <translation>Einen geschwärzten Diagnosebericht (Markdown oder JSON) für das Ticket speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>API &amp;key…</source>
        <translation>API-&amp;Schlüssel…</translation>
    </message>
    <message>
        <source>Store, replace or remove the profile&apos;s API key</source>
        <translation>API-Schlüssel des Profils speichern, ersetzen oder entfernen</translation>
    </message>
    <message>
        <source>Ask the &amp;server</source>
        <translation>&amp;Server fragen</translation>
    </message>
    <message>
        <source>whoami as the user: the service&apos;s own verdict on the token</source>
        <translation>whoami als Nutzer: das eigene Urteil des Dienstes über das Token</translation>
    </message>
    <message>
        <source>&amp;Load connections</source>
        <translation>Verbindungen &amp;laden</translation>
    </message>
    <message>
        <source>Load the user&apos;s connections again</source>
        <translation>Verbindungen des Nutzers neu laden</translation>
    </message>
    <message>
        <source>Probe &amp;all providers</source>
        <translation>&amp;Alle Provider abrufen</translation>
    </message>
    <message>
        <source>Fetch every listed provider&apos;s token for the user, in parallel</source>
        <translation>Die Token aller aufgeführten Provider für den Nutzer parallel abrufen</translation>
    </message>
    <message>
        <source>&amp;Filter connections</source>
        <translation>Verbindungen &amp;filtern</translation>
    </message>
    <message>
        <source>Type to filter the connections table</source>
        <translation>Tippen, um die Verbindungstabelle zu filtern</translation>
    </message>
    <message>
        <source>&amp;Decode an error…</source>
        <translation>Fehler &amp;dekodieren…</translation>
    </message>
    <message>
        <source>Explain an error code, HTTP status or log line</source>
        <translation>Fehlercode, HTTP-Status oder Protokollzeile erklären</translation>
    </message>
    <message>
        <source>&amp;About Vendo Inspector</source>
        <translation>&amp;Über Vendo Inspector</translation>
    </message>
    <message>
        <source>Versions of the application and its libraries</source>
        <translation>Versionen der Anwendung und ihrer Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back in its place</source>
        <translation>Alle Bereiche an ihren Platz zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Bereich %1 ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Probe all</source>
        <translation>Alle abrufen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Sample &amp;identities</source>
        <translation>Beispiel-&amp;Identitäten</translation>
    </message>
    <message>
        <source>Open a token, header block, curl command or HAR file</source>
        <translation>Token, Header-Block, curl-Befehl oder HAR-Datei öffnen</translation>
    </message>
    <message>
        <source>Captures (*.har *.txt *.jwt *.json *.sh *.curl)</source>
        <translation>Mitschnitte (*.har *.txt *.jwt *.json *.sh *.curl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export a redacted diagnostic report</source>
        <translation>Geschwärzten Diagnosebericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The input was rejected: the Identity panel says why.</source>
        <translation>Die Eingabe wurde abgelehnt: Der Bereich Identität nennt den Grund.</translation>
    </message>
    <message>
        <source>The chosen request carries no identity: the Identity panel explains what forRequest makes of it.</source>
        <translation>Die gewählte Anfrage trägt keine Identität: Der Bereich Identität erklärt, was forRequest daraus macht.</translation>
    </message>
    <message>
        <source>Use a session-only key…</source>
        <translation>Schlüssel nur für diese Sitzung…</translation>
    </message>
    <message>
        <source>The API key is kept for this session only and is gone when the window closes: the keychain is unavailable (%1)</source>
        <translation>Der API-Schlüssel gilt nur für diese Sitzung und ist beim Schließen des Fensters verschwunden: Der Schlüsselbund ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Show the selected token in clear for 15 s</source>
        <translation>Das ausgewählte Token 15 s lang im Klartext zeigen</translation>
    </message>
    <message>
        <source>Copy the selected token (cleared after 30 s)</source>
        <translation>Das ausgewählte Token kopieren (nach 30 s gelöscht)</translation>
    </message>
    <message>
        <source>Cancel the requests still running</source>
        <translation>Die noch laufenden Anfragen abbrechen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Den Filter leeren</translation>
    </message>
    <message>
        <source>Probe &amp;selected providers</source>
        <translation>Aus&amp;gewählte Provider abrufen</translation>
    </message>
    <message>
        <source>Fetch the tokens of the providers selected in the Token probe</source>
        <translation>Die Tokens der im Token-Abruf ausgewählten Provider abrufen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus into it</source>
        <translation>Den Bereich %1 zeigen und den Tastaturfokus hineinsetzen</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>Add a custom profile, e.g. for a standalone vendo-sandbox or a staging deployment</source>
        <translation>Ein eigenes Profil anlegen, z. B. für eine eigenständige vendo-sandbox oder eine Staging-Installation</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the current custom profile</source>
        <translation>Das aktuelle eigene Profil ändern</translation>
    </message>
    <message>
        <source>&amp;Duplicate as custom…</source>
        <translation>Als eigenes Profil &amp;duplizieren…</translation>
    </message>
    <message>
        <source>A new custom profile starting from the current one&apos;s settings</source>
        <translation>Ein neues eigenes Profil mit den Einstellungen des aktuellen als Ausgangspunkt</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the current custom profile</source>
        <translation>Das aktuelle eigene Profil entfernen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; (%2)?</source>
        <translation>Das Profil „%1“ (%2) entfernen?</translation>
    </message>
    <message>
        <source>An API key stored for it stays in the keychain; remove it first with &quot;API key…&quot; if it is no longer needed.</source>
        <translation>Ein dafür gespeicherter API-Schlüssel bleibt im Schlüsselbund; ihn vorher mit „API-Schlüssel…“ entfernen, wenn er nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>SDK lens</source>
        <translation>SDK-Linse</translation>
    </message>
    <message>
        <source>Not checked: the token is malformed, and it is not sent to the service.</source>
        <translation>Nicht geprüft: Das Token ist fehlerhaft und wird nicht an den Dienst gesendet.</translation>
    </message>
    <message>
        <source>The text holds no identity token, so nothing was sent to the service.</source>
        <translation>Der Text enthält kein Identitätstoken, daher wurde nichts an den Dienst gesendet.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Case summary copied: who, tenant, token state and failing connections.</source>
        <translation>Fallübersicht kopiert: wer, Mandant, Token-Zustand und fehlerhafte Verbindungen.</translation>
    </message>
    <message>
        <source>Copy case &amp;summary</source>
        <translation>Fall&amp;übersicht kopieren</translation>
    </message>
    <message>
        <source>Copy who, tenant, token state and failing connections as plain text</source>
        <translation>Wer, Mandant, Token-Zustand und fehlerhafte Verbindungen als reinen Text kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Include other identities (%n entries)</source>
        <translation>
            <numerusform>Andere Identitäten einschließen (%n Eintrag)</numerusform>
            <numerusform>Andere Identitäten einschließen (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>The report covers the current identity and what was done for it. Check this to add the requests made for other identities in this window (other customers&apos; names and emails among them).</source>
        <translation>Der Bericht umfasst die aktuelle Identität und was für sie getan wurde. Ankreuzen, um die Anfragen für andere Identitäten in diesem Fenster hinzuzufügen (darunter Namen und E-Mail-Adressen anderer Kunden).</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 is already connected.</source>
        <translation>%1 ist schon verbunden.</translation>
    </message>
    <message>
        <source>%1 cannot be watched: the live events need the profile&apos;s API key.</source>
        <translation>%1 kann nicht beobachtet werden: Die Live-Ereignisse brauchen den API-Schlüssel des Profils.</translation>
    </message>
    <message>
        <source>Watching %1: you are told when it becomes connected.</source>
        <translation>%1 wird beobachtet: Sie erfahren es, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>%1 is connected now.</source>
        <translation>%1 ist jetzt verbunden.</translation>
    </message>
</context>
<context>
    <name>vendo::ui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ProbeModel</name>
    <message>
        <source>Not probed</source>
        <translation>Nicht abgerufen</translation>
    </message>
    <message>
        <source>Attempt %1…</source>
        <translation>Versuch %1…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>OK %1</source>
        <translation>OK %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation>erneut in %1</translation>
    </message>
    <message>
        <source>retry now</source>
        <translation>jetzt erneut</translation>
    </message>
    <message>
        <source>Class: %1 (the SDK raises %2)</source>
        <translation>Klasse: %1 (das SDK löst %2 aus)</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Masked. Reveal or copy it with the buttons above the table.</source>
        <translation>Maskiert. Mit den Schaltflächen über der Tabelle anzeigen oder kopieren.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Revealed for a few seconds:
%1</source>
        <translation>Für einige Sekunden aufgedeckt:
%1</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Edit profile &quot;%1&quot;</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Staging EU</source>
        <translation>Staging EU</translation>
    </message>
    <message>
        <source>The name shown in the profile switcher</source>
        <translation>Der in der Profilauswahl angezeigte Name</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>staging-eu</source>
        <translation>staging-eu</translation>
    </message>
    <message>
        <source>The profile&apos;s key in the settings and the keychain; the CLI&apos;s --profile takes it</source>
        <translation>Der Schlüssel des Profils in den Einstellungen und im Schlüsselbund; --profile der CLI nimmt ihn an</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>The API origin; https, or http for a loopback host such as a local vendo-sandbox</source>
        <translation>Der API-Ursprung; https, oder http für einen Loopback-Host wie eine lokale vendo-sandbox</translation>
    </message>
    <message>
        <source>&amp;Credentials URL:</source>
        <translation>&amp;Credentials-URL:</translation>
    </message>
    <message>
        <source>The credentials service</source>
        <translation>Der Credentials-Dienst</translation>
    </message>
    <message>
        <source>&amp;JWKS URL:</source>
        <translation>&amp;JWKS-URL:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The identity issuer&apos;s key set, to check token signatures</source>
        <translation>Der Schlüsselsatz des Identitätsausstellers, um Token-Signaturen zu prüfen</translation>
    </message>
    <message>
        <source>Expected &amp;iss:</source>
        <translation>Erwartetes &amp;iss:</translation>
    </message>
    <message>
        <source>The issuer identity tokens should name</source>
        <translation>Der Aussteller, den Identitätstoken nennen sollen</translation>
    </message>
    <message>
        <source>Expected &amp;aud:</source>
        <translation>Erwartetes a&amp;ud:</translation>
    </message>
    <message>
        <source>The audience identity tokens should name</source>
        <translation>Die Zielgruppe (aud), die Identitätstoken nennen sollen</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Warum das Profil nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>Give the profile a name or an id.</source>
        <translation>Dem Profil einen Namen oder eine Kennung geben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in profile; choose another id.</source>
        <translation>„%1“ ist ein eingebautes Profil; eine andere Kennung wählen.</translation>
    </message>
    <message>
        <source>The id takes letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (at most 64), starting with a letter or digit.</source>
        <translation>Die Kennung besteht aus Buchstaben, Ziffern, „.“, „_“ und „-“ (höchstens 64) und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A profile &quot;%1&quot; exists already; choose another id.</source>
        <translation>Ein Profil „%1“ gibt es bereits; eine andere Kennung wählen.</translation>
    </message>
    <message>
        <source>Enter the base URL.</source>
        <translation>Die Basis-URL eingeben.</translation>
    </message>
    <message>
        <source>Enter the credentials URL.</source>
        <translation>Die Credentials-URL eingeben.</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ProfileSwitcher</name>
    <message>
        <source>The environment (profile) every request goes to</source>
        <translation>Die Umgebung (das Profil), an die jede Anfrage geht</translation>
    </message>
    <message>
        <source>Store, replace or remove this profile&apos;s API key</source>
        <translation>API-Schlüssel dieses Profils speichern, ersetzen oder entfernen</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source>Production: requests reach real customers&apos; connections and spend real balance.</source>
        <translation>Produktion: Anfragen erreichen echte Kundenverbindungen und verbrauchen echtes Guthaben.</translation>
    </message>
    <message>
        <source>Staging environment.</source>
        <translation>Staging-Umgebung.</translation>
    </message>
    <message>
        <source>The embedded sandbox on this computer: seeded users, no real data.</source>
        <translation>Die eingebettete Sandbox auf diesem Computer: vorbereitete Nutzer, keine echten Daten.</translation>
    </message>
    <message>
        <source>A custom environment.</source>
        <translation>Eine eigene Umgebung.</translation>
    </message>
    <message>
        <source>Key: checking…</source>
        <translation>Schlüssel: wird geprüft…</translation>
    </message>
    <message>
        <source>Key %1 · stored in %2</source>
        <translation>Schlüssel %1 · gespeichert in %2</translation>
    </message>
    <message>
        <source>Key %1 · session only (%2)</source>
        <translation>Schlüssel %1 · nur diese Sitzung (%2)</translation>
    </message>
    <message>
        <source>No API key stored for this profile</source>
        <translation>Kein API-Schlüssel für dieses Profil gespeichert</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Schlüsselbund nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Key %1 · stored</source>
        <translation>Schlüssel %1 · gespeichert</translation>
    </message>
    <message>
        <source>Key %1 · session only</source>
        <translation>Schlüssel %1 · nur Sitzung</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>New, edit, duplicate or remove profiles</source>
        <translation>Profile anlegen, bearbeiten, duplizieren oder entfernen</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Profilaktionen</translation>
    </message>
</context>
<context>
    <name>vendo::ui::RequestLogModel</name>
    <message>
        <source>Attempt %1 of %2 · identity transport: %3 · started %4</source>
        <translation>Versuch %1 von %2 · Identitätstransport: %3 · gestartet %4</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms · outcome: %3</source>
        <translation>HTTP %1 in %2 ms · Ergebnis: %3</translation>
    </message>
    <message>
        <source>(will be retried)</source>
        <translation>(wird wiederholt)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>vendo::ui::RequestLogPanel</name>
    <message>
        <source>Select a request to see its redacted headers and body.</source>
        <translation>Eine Anfrage auswählen, um ihre geschwärzten Header und ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Forget the recorded requests</source>
        <translation>Aufgezeichnete Anfragen verwerfen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request details (redacted)</source>
        <translation>Anfragedetails (geschwärzt)</translation>
    </message>
</context>
<context>
    <name>vendo::ui::SandboxMode</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Sandbox (dieser Computer)</translation>
    </message>
    <message>
        <source>sandbox demo key</source>
        <translation>Demo-Schlüssel der Sandbox</translation>
    </message>
    <message>
        <source>Valid token (Alice)</source>
        <translation>Gültiges Token (Alice)</translation>
    </message>
    <message>
        <source>A valid one-hour token for a user with one connection of every kind</source>
        <translation>Ein gültiges Ein-Stunden-Token für eine Nutzerin mit einer Verbindung jeder Art</translation>
    </message>
    <message>
        <source>Expiring soon (Bob)</source>
        <translation>Läuft bald ab (Bob)</translation>
    </message>
    <message>
        <source>Valid for four more minutes; Bob&apos;s Google connection needs re-authorization</source>
        <translation>Noch vier Minuten gültig; Bobs Google-Verbindung muss neu autorisiert werden</translation>
    </message>
    <message>
        <source>Expired token</source>
        <translation>Abgelaufenes Token</translation>
    </message>
    <message>
        <source>Its exp passed five minutes ago</source>
        <translation>Sein exp liegt fünf Minuten zurück</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Issued in the future (iat and nbf ahead)</source>
        <translation>In der Zukunft ausgestellt (iat und nbf voraus)</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Falsche Signatur</translation>
    </message>
    <message>
        <source>Signed by a key that is not in the sandbox&apos;s key set</source>
        <translation>Mit einem Schlüssel signiert, der nicht im Schlüsselsatz der Sandbox ist</translation>
    </message>
    <message>
        <source>User without connections (Dave)</source>
        <translation>Nutzer ohne Verbindungen (Dave)</translation>
    </message>
    <message>
        <source>A valid token for a user who has connected nothing</source>
        <translation>Ein gültiges Token für einen Nutzer, der nichts verbunden hat</translation>
    </message>
    <message>
        <source>Valid delivery</source>
        <translation>Gültige Zustellung</translation>
    </message>
    <message>
        <source>Tampered body</source>
        <translation>Veränderter Body</translation>
    </message>
    <message>
        <source>Stale timestamp (15 minutes old)</source>
        <translation>Veralteter Zeitstempel (15 Minuten alt)</translation>
    </message>
    <message>
        <source>Signed with another secret</source>
        <translation>Mit einem anderen Geheimnis signiert</translation>
    </message>
    <message>
        <source>Trailing newline added on the way</source>
        <translation>Unterwegs angehängter Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ScreenshotDriver</name>
    <message>
        <source>The window did not reach the state &quot;%1&quot; in time.</source>
        <translation>Das Fenster hat den Zustand „%1“ nicht rechtzeitig erreicht.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;; known states: %2</source>
        <translation>Unbekannter Zustand „%1“; bekannte Zustände: %2</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>vendo::ui::SdkChooser</name>
    <message>
        <source>The SDK the customer&apos;s code runs: the SDK lens shows and reproduces what it sends and raises, beside the documented contract</source>
        <translation>Das SDK, mit dem der Code des Kunden läuft: Die SDK-Linse zeigt und reproduziert, was es sendet und wirft, neben dem dokumentierten Vertrag</translation>
    </message>
    <message>
        <source>&amp;SDK:</source>
        <translation>&amp;SDK:</translation>
    </message>
</context>
<context>
    <name>vendo::ui::SdkLensPanel</name>
    <message>
        <source>Probe as contract</source>
        <translation>Wie der Vertrag abrufen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>This SDK</source>
        <translation>Dieses SDK</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Raises / returns</source>
        <translation>Wirft / liefert</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>The provider whose token() is shown and reproduced</source>
        <translation>Der Provider, dessen token() gezeigt und reproduziert wird</translation>
    </message>
    <message>
        <source>Send the request exactly as the chosen SDK sends it; its rows are labelled as a reproduction</source>
        <translation>Die Anfrage genau so senden, wie das gewählte SDK sie sendet; ihre Zeilen sind als Reproduktion gekennzeichnet</translation>
    </message>
    <message>
        <source>Send the request as the documented contract says, to compare side by side</source>
        <translation>Die Anfrage so senden, wie der dokumentierte Vertrag es vorsieht, zum direkten Vergleich</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <source>Reproduce as %1</source>
        <translation>Als %1 reproduzieren</translation>
    </message>
    <message>
        <source>What the customer&apos;s SDK does: choose the customer&apos;s SDK beside the profile. The documented contract is shown.</source>
        <translation>Was das SDK des Kunden tut: Wählen Sie das SDK des Kunden neben dem Profil. Gezeigt wird der dokumentierte Vertrag.</translation>
    </message>
    <message>
        <source>What the customer&apos;s SDK does: %1, %2.</source>
        <translation>Was das SDK des Kunden tut: %1, %2.</translation>
    </message>
    <message>
        <source>Paste an identity token (with the profile&apos;s API key set) to see what is sent for it.</source>
        <translation>Fügen Sie ein Identitätstoken ein (mit gesetztem API-Schlüssel des Profils), um zu sehen, was dafür gesendet wird.</translation>
    </message>
    <message>
        <source>%1 sends:</source>
        <translation>%1 sendet:</translation>
    </message>
    <message>
        <source>The contract sends:</source>
        <translation>Der Vertrag sendet:</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>The contract is the reference.</source>
        <translation>Der Vertrag ist die Referenz.</translation>
    </message>
    <message>
        <source>No difference from the contract is known.</source>
        <translation>Keine Abweichung vom Vertrag bekannt.</translation>
    </message>
    <message>
        <source>The contract keeps no token cache in the client: every token() asks the service.</source>
        <translation>Der Vertrag sieht keinen Token-Cache im Client vor: Jedes token() fragt den Dienst.</translation>
    </message>
    <message>
        <source>%1&apos;s token cache is not documented.</source>
        <translation>Der Token-Cache von %1 ist nicht dokumentiert.</translation>
    </message>
    <message>
        <source>%1 serves a token from its in-process cache while its expiry is more than %2 s away; reproduce a token to see until when.</source>
        <translation>%1 liefert ein Token aus seinem prozessinternen Cache, solange sein Ablauf mehr als %2 s entfernt ist; reproduzieren Sie ein Token, um zu sehen, bis wann.</translation>
    </message>
    <message>
        <source>nothing: not reproduced</source>
        <translation>nichts: nicht reproduziert</translation>
    </message>
    <message>
        <source> (from documentation)</source>
        <translation> (aus der Dokumentation)</translation>
    </message>
    <message>
        <source>%1 would serve %2 from its cache until %3, without asking the service again.</source>
        <translation>%1 würde %2 bis %3 aus seinem Cache liefern, ohne den Dienst erneut zu fragen.</translation>
    </message>
    <message>
        <source>%1 would not serve %2 from its cache: it expires within the minute.</source>
        <translation>%1 würde %2 nicht aus seinem Cache liefern: Es läuft innerhalb der Minute ab.</translation>
    </message>
</context>
<context>
    <name>vendo::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
</context>
<context>
    <name>vendo::ui::SummaryCard</name>
    <message>
        <source>Case summary</source>
        <translation>Fallübersicht</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Token state</source>
        <translation>Token-Zustand</translation>
    </message>
    <message>
        <source>Failing connections</source>
        <translation>Fehlerhafte Verbindungen</translation>
    </message>
    <message>
        <source>Who, tenant, token state and failing connections of the current case</source>
        <translation>Wer, Mandant, Token-Zustand und fehlerhafte Verbindungen des aktuellen Falls</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Failing:</source>
        <translation>Fehlerhaft:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy case summary</source>
        <translation>Fallübersicht kopieren</translation>
    </message>
    <message>
        <source>Puts who, tenant, token state and failing connections on the clipboard as plain text</source>
        <translation>Legt wer, Mandant, Token-Zustand und fehlerhafte Verbindungen als reinen Text in die Zwischenablage</translation>
    </message>
    <message>
        <source>the token names nobody</source>
        <translation>das Token nennt niemanden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>Signatur %1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The server %1</source>
        <translation>Der Server %1</translation>
    </message>
    <message>
        <source>%1, not probed</source>
        <translation>%1, nicht abgerufen</translation>
    </message>
    <message>
        <source>Retry-After %1 s</source>
        <translation>Retry-After %1 s</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
</context>
<context>
    <name>vendo::ui::TimeText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
</context>
<context>
    <name>vendo::ui::TokenProbePanel</name>
    <message>
        <source>Probe selected</source>
        <translation>Auswahl abrufen</translation>
    </message>
    <message>
        <source>Probe all</source>
        <translation>Alle abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add a provider slug…</source>
        <translation>Provider-Slug hinzufügen…</translation>
    </message>
    <message>
        <source>Probe a provider that is not in the user&apos;s connections (Enter adds it)</source>
        <translation>Einen Provider abrufen, der nicht unter den Verbindungen des Nutzers ist (Eingabe fügt ihn hinzu)</translation>
    </message>
    <message>
        <source>Fetch the tokens of the selected providers (Ctrl+Return)</source>
        <translation>Die Token der ausgewählten Provider abrufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Fetch the tokens of every provider in the list, in parallel (Ctrl+Shift+Return)</source>
        <translation>Die Token aller Provider der Liste parallel abrufen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel the requests still running (Esc)</source>
        <translation>Laufende Anfragen abbrechen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>Show the selected token in clear for %n second(s) (Ctrl+R)</source>
        <translation>
            <numerusform>Ausgewähltes Token %n Sekunde lang im Klartext zeigen (Strg+R)</numerusform>
            <numerusform>Ausgewähltes Token %n Sekunden lang im Klartext zeigen (Strg+R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy the selected token; the clipboard is cleared after %n second(s) (Ctrl+Shift+C)</source>
        <translation>
            <numerusform>Ausgewähltes Token kopieren; die Zwischenablage wird nach %n Sekunde geleert (Strg+Umschalt+C)</numerusform>
            <numerusform>Ausgewähltes Token kopieren; die Zwischenablage wird nach %n Sekunden geleert (Strg+Umschalt+C)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copied token was cleared from the clipboard.</source>
        <translation>Das kopierte Token wurde aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Token copied. The clipboard is cleared in %1 if it still holds it.</source>
        <translation>Token kopiert. Die Zwischenablage wird in %1 geleert, falls sie es dann noch enthält.</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m fertig</translation>
    </message>
    <message numerus="yes">
        <source>%1: token fetched in %2 ms after %n attempt(s), HTTP %3.</source>
        <translation>
            <numerusform>%1: Token in %2 ms nach %n Versuch abgerufen, HTTP %3.</numerusform>
            <numerusform>%1: Token in %2 ms nach %n Versuchen abgerufen, HTTP %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (the SDK raises %3, code %4). %5
What to do: %6</source>
        <translation>%1: %2 (das SDK löst %3 aus, Code %4). %5
Was tun: %6</translation>
    </message>
    <message>
        <source>Retry-After: %1</source>
        <translation>Retry-After: %1</translation>
    </message>
    <message>
        <source>Add a provider slug</source>
        <translation>Provider-Slug hinzufügen</translation>
    </message>
    <message>
        <source>Reveal token</source>
        <translation>Token zeigen</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Provider tokens</source>
        <translation>Provider-Tokens</translation>
    </message>
    <message>
        <source>Token (revealed): %1</source>
        <translation>Token (aufgedeckt): %1</translation>
    </message>
</context>
<context>
    <name>vendo::ui::WebhookPanel</name>
    <message>
        <source>%1 is %2: too large for a webhook delivery (the limit is %3).</source>
        <translation>%1 ist %2 groß: zu groß für eine Webhook-Zustellung (Grenze: %3).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <source>Headers and body apart</source>
        <translation>Header und Body getrennt</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Read the profile&apos;s webhook secret from the keychain again</source>
        <translation>Das Webhook-Geheimnis des Profils erneut aus dem Schlüsselbund lesen</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Sample deliveries</source>
        <translation>Beispielzustellungen</translation>
    </message>
    <message>
        <source>Deliveries signed by the sandbox now: one the SDK accepts and the usual failures</source>
        <translation>Jetzt von der Sandbox signierte Zustellungen: eine, die das SDK annimmt, und die üblichen Fehler</translation>
    </message>
    <message>
        <source>Allowed clock drift in seconds</source>
        <translation>Erlaubte Uhrabweichung in Sekunden</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far Vendo-Timestamp may be from now (the SDK&apos;s default: 300 s)</source>
        <translation>Wie weit Vendo-Timestamp von jetzt abweichen darf (Vorgabe des SDK: 300 s)</translation>
    </message>
    <message>
        <source>Paste the header lines above and the raw body below</source>
        <translation>Die Header-Zeilen oben und den rohen Body unten einfügen</translation>
    </message>
    <message>
        <source>Verify the delivery as the SDK&apos;s webhooks.verify does</source>
        <translation>Die Zustellung so prüfen, wie webhooks.verify des SDK es tut</translation>
    </message>
    <message>
        <source>Forget the delivery</source>
        <translation>Die Zustellung verwerfen</translation>
    </message>
    <message>
        <source>Webhook delivery</source>
        <translation>Webhook-Zustellung</translation>
    </message>
    <message>
        <source>Paste or drop a delivery: its headers, a blank line and the body; a curl command with --data; or a HAR entry</source>
        <translation>Eine Zustellung einfügen oder ablegen: ihre Header, eine Leerzeile und den Body; einen curl-Befehl mit --data; oder einen HAR-Eintrag</translation>
    </message>
    <message>
        <source>Webhook body</source>
        <translation>Webhook-Body</translation>
    </message>
    <message>
        <source>The raw body, exactly as received</source>
        <translation>Der rohe Body, genau wie empfangen</translation>
    </message>
    <message>
        <source>Decoded event</source>
        <translation>Dekodiertes Ereignis</translation>
    </message>
    <message>
        <source>The event the body carries</source>
        <translation>Das Ereignis, das der Body trägt</translation>
    </message>
    <message>
        <source>The header lines: Vendo-Signature: …, Vendo-Timestamp: …</source>
        <translation>Die Header-Zeilen: Vendo-Signature: …, Vendo-Timestamp: …</translation>
    </message>
    <message>
        <source>No profile yet.</source>
        <translation>Noch kein Profil.</translation>
    </message>
    <message>
        <source>No webhook secret store: deliveries are checked without a secret.</source>
        <translation>Kein Speicher für Webhook-Geheimnisse: Zustellungen werden ohne Geheimnis geprüft.</translation>
    </message>
    <message>
        <source>Reading the webhook secret of %1…</source>
        <translation>Webhook-Geheimnis von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Webhook secret of %1: %2 (%3)</source>
        <translation>Webhook-Geheimnis von %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The webhook secret of %1 could not be read: %2</source>
        <translation>Das Webhook-Geheimnis von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The text is %1: too large for a webhook delivery (the limit is %2).</source>
        <translation>Der Text ist %1 groß: zu groß für eine Webhook-Zustellung (Grenze: %2).</translation>
    </message>
    <message>
        <source>No delivery</source>
        <translation>Keine Zustellung</translation>
    </message>
    <message>
        <source>Paste a captured delivery, drop a file, or pick a sample.</source>
        <translation>Eine mitgeschnittene Zustellung einfügen, eine Datei ablegen oder ein Beispiel wählen.</translation>
    </message>
    <message>
        <source>Not a delivery</source>
        <translation>Keine Zustellung</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>The SDK&apos;s webhooks.verify accepts this delivery</source>
        <translation>webhooks.verify des SDK nimmt diese Zustellung an</translation>
    </message>
    <message>
        <source>ValidationError: %1</source>
        <translation>ValidationError: %1</translation>
    </message>
    <message>
        <source>The SDK&apos;s webhooks.verify raises ValidationError</source>
        <translation>webhooks.verify des SDK löst ValidationError aus</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1 bytes).</source>
        <translation>Der Body ist kein JSON-Objekt (%1 Bytes).</translation>
    </message>
    <message>
        <source>Verified event</source>
        <translation>Geprüftes Ereignis</translation>
    </message>
    <message>
        <source>Not verified: the event as the body claims it</source>
        <translation>Nicht geprüft: das Ereignis, wie der Body es behauptet</translation>
    </message>
    <message>
        <source>id: %1
type: %2
occurred_at: %3
</source>
        <translation>id: %1
type: %2
occurred_at: %3
</translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation>Secret festlegen…</translation>
    </message>
    <message>
        <source>Enter, replace or remove the profile&apos;s webhook secret (kept like the API key)</source>
        <translation>Das Webhook-Secret des Profils eingeben, ersetzen oder entfernen (aufbewahrt wie der API-Schlüssel)</translation>
    </message>
    <message>
        <source>No webhook secret is stored for %1. Set it with &quot;Set secret…&quot; or vendo-inspector-cli key set --webhook --profile %2.</source>
        <translation>Für %1 ist kein Webhook-Secret gespeichert. Legen Sie es mit „Secret festlegen…“ oder mit vendo-inspector-cli key set --webhook --profile %2 fest.</translation>
    </message>
</context>
<context>
    <name>vendo::webhooks::Delivery</name>
    <message>
        <source>The body is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>Der Body hat %1 Bytes; höchstens %2 Bytes werden angenommen.</translation>
    </message>
    <message>
        <source>More than %1 headers.</source>
        <translation>Mehr als %1 Header.</translation>
    </message>
    <message>
        <source>No &quot;Name: value&quot; header line before the body.</source>
        <translation>Keine Header-Zeile „Name: Wert“ vor dem Body.</translation>
    </message>
    <message>
        <source>The curl command has an unterminated quote.</source>
        <translation>Der curl-Befehl hat ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
    <message>
        <source>The body is read from the file %1; paste the body itself.</source>
        <translation>Der Body wird aus der Datei %1 gelesen; fügen Sie den Body selbst ein.</translation>
    </message>
    <message>
        <source>The curl command has no -H header.</source>
        <translation>Der curl-Befehl hat keinen -H-Header.</translation>
    </message>
    <message>
        <source>No curl command found.</source>
        <translation>Kein curl-Befehl gefunden.</translation>
    </message>
    <message>
        <source>Not valid JSON for a HAR: %1 at byte %2.</source>
        <translation>Kein gültiges JSON für eine HAR: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The HAR holds no request with postData.text.</source>
        <translation>Die HAR enthält keine Anfrage mit postData.text.</translation>
    </message>
    <message>
        <source>The capture is %1 bytes; at most %2 bytes are read.</source>
        <translation>Der Mitschnitt hat %1 Bytes; höchstens %2 Bytes werden gelesen.</translation>
    </message>
    <message>
        <source>The capture is empty.</source>
        <translation>Der Mitschnitt ist leer.</translation>
    </message>
    <message>
        <source>The headers are %1 bytes; at most %2 bytes are read.</source>
        <translation>Die Header haben %1 Bytes; höchstens %2 Bytes werden gelesen.</translation>
    </message>
</context>
<context>
    <name>vendo::webhooks::WebhookDiagnosis</name>
    <message>
        <source>Likely cause: a trailing newline was added to the body after it was signed; the signature matches the body without it.</source>
        <translation>Wahrscheinliche Ursache: Nach dem Signieren wurde dem Body ein Zeilenumbruch angehängt; die Signatur passt zum Body ohne ihn.</translation>
    </message>
    <message>
        <source>Likely cause: the body lost its trailing newline; the signature matches the body with it.</source>
        <translation>Wahrscheinliche Ursache: Der Body hat seinen abschließenden Zeilenumbruch verloren; die Signatur passt zum Body mit ihm.</translation>
    </message>
    <message>
        <source>Likely cause: the body&apos;s line ends were changed to CRLF; the signature matches them as LF.</source>
        <translation>Wahrscheinliche Ursache: Die Zeilenenden des Body wurden zu CRLF geändert; die Signatur passt zu ihnen als LF.</translation>
    </message>
    <message>
        <source>Likely cause: the body&apos;s line ends were changed to LF; the signature matches them as CRLF.</source>
        <translation>Wahrscheinliche Ursache: Die Zeilenenden des Body wurden zu LF geändert; die Signatur passt zu ihnen als CRLF.</translation>
    </message>
    <message>
        <source>Likely cause: the JSON body was parsed and re-serialised before verifying; the signature matches its compact form. Verify the raw bytes as received.</source>
        <translation>Wahrscheinliche Ursache: Der JSON-Body wurde vor der Prüfung geparst und neu serialisiert; die Signatur passt zu seiner kompakten Form. Prüfen Sie die rohen Bytes wie empfangen.</translation>
    </message>
    <message>
        <source>Likely cause: the JSON body was parsed and re-serialised before verifying; the signature matches its indented form. Verify the raw bytes as received.</source>
        <translation>Wahrscheinliche Ursache: Der JSON-Body wurde vor der Prüfung geparst und neu serialisiert; die Signatur passt zu seiner eingerückten Form. Prüfen Sie die rohen Bytes wie empfangen.</translation>
    </message>
    <message>
        <source>Likely cause: the webhook secret carries whitespace (a newline from a file?); the signature matches the trimmed secret.</source>
        <translation>Wahrscheinliche Ursache: Das Webhook-Geheimnis enthält Leerraum (ein Zeilenumbruch aus einer Datei?); die Signatur passt zum bereinigten Geheimnis.</translation>
    </message>
    <message>
        <source>Likely cause: the webhook secret was used base64-decoded; the signature matches the decoded bytes as the key.</source>
        <translation>Wahrscheinliche Ursache: Das Webhook-Geheimnis wurde base64-dekodiert verwendet; die Signatur passt zu den dekodierten Bytes als Schlüssel.</translation>
    </message>
    <message>
        <source>Refused (ValidationError): %1</source>
        <translation>Abgelehnt (ValidationError): %1</translation>
    </message>
    <message>
        <source>Missing header(s): %1</source>
        <translation>Fehlende Header: %1</translation>
    </message>
    <message>
        <source>Clock drift: %1 s (allowed: ±%2 s)</source>
        <translation>Uhrabweichung: %1 s (erlaubt: ±%2 s)</translation>
    </message>
    <message>
        <source>No usual cause matches: check that the secret is this endpoint&apos;s webhook secret.</source>
        <translation>Keine der üblichen Ursachen passt: Prüfen Sie, ob das Geheimnis das Webhook-Geheimnis dieses Endpunkts ist.</translation>
    </message>
</context>
<context>
    <name>vendo::webhooks::WebhookVerifier</name>
    <message>
        <source>The signature is valid.</source>
        <translation>Die Signatur ist gültig.</translation>
    </message>
    <message>
        <source>No webhook secret is set (VENDO_WEBHOOK_SECRET).</source>
        <translation>Kein Webhook-Geheimnis gesetzt (VENDO_WEBHOOK_SECRET).</translation>
    </message>
    <message>
        <source>The Vendo-Signature header is missing.</source>
        <translation>Der Header Vendo-Signature fehlt.</translation>
    </message>
    <message>
        <source>The Vendo-Timestamp header is missing.</source>
        <translation>Der Header Vendo-Timestamp fehlt.</translation>
    </message>
    <message>
        <source>Vendo-Timestamp is neither Unix seconds nor an RFC 3339 date.</source>
        <translation>Vendo-Timestamp ist weder Unix-Sekunden noch ein Datum nach RFC 3339.</translation>
    </message>
    <message>
        <source>Vendo-Timestamp is %1 s in the future, beyond the allowed drift.</source>
        <translation>Vendo-Timestamp liegt %1 s in der Zukunft, jenseits der erlaubten Abweichung.</translation>
    </message>
    <message>
        <source>Vendo-Timestamp is %1 s old, beyond the allowed drift.</source>
        <translation>Vendo-Timestamp ist %1 s alt, jenseits der erlaubten Abweichung.</translation>
    </message>
    <message>
        <source>Vendo-Signature is not hexadecimal.</source>
        <translation>Vendo-Signature ist nicht hexadezimal.</translation>
    </message>
    <message>
        <source>Vendo-Signature does not match the body and timestamp signed with this secret.</source>
        <translation>Vendo-Signature passt nicht zu Body und Zeitstempel, mit diesem Geheimnis signiert.</translation>
    </message>
    <message>
        <source>The signature matches, but the body is not JSON.</source>
        <translation>Die Signatur passt, aber der Body ist kein JSON.</translation>
    </message>
</context>
</TS>
