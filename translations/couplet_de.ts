<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Captions</name>
    <message>
        <source>Bidirectional</source>
        <translation>Bidirektional</translation>
    </message>
    <message>
        <source>To Integration Table</source>
        <translation>Zur Integrationstabelle</translation>
    </message>
    <message>
        <source>From Integration Table</source>
        <translation>Aus Integrationstabelle</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Update conflict</source>
        <translation>Aktualisierungskonflikt</translation>
    </message>
    <message>
        <source>Deletion conflict</source>
        <translation>Löschkonflikt</translation>
    </message>
    <message>
        <source>Repeated error</source>
        <translation>Wiederholter Fehler</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Restore Records</source>
        <translation>Datensätze wiederherstellen</translation>
    </message>
    <message>
        <source>Remove Coupling</source>
        <translation>Kopplung entfernen</translation>
    </message>
    <message>
        <source>Send Update to Integration</source>
        <translation>Aktualisierung an Integration senden</translation>
    </message>
    <message>
        <source>Get Update from Integration</source>
        <translation>Aktualisierung von Integration abrufen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Which way this mapping moves data. Fields that follow the mapping change with it; a field set to the other one-way direction must be changed first.</source>
        <translation>In welche Richtung diese Zuordnung Daten überträgt. Felder, die der Zuordnung folgen, ändern sich mit ihr; ein Feld, das auf die andere unidirektionale Richtung eingestellt ist, muss zuerst geändert werden.</translation>
    </message>
    <message>
        <source>De&amp;letion conflicts:</source>
        <translation>&amp;Löschkonflikte:</translation>
    </message>
    <message>
        <source>What happens when the coupled record on the other side has been deleted.</source>
        <translation>Was geschieht, wenn der gekoppelte Datensatz auf der anderen Seite gelöscht wurde.</translation>
    </message>
    <message>
        <source>&amp;Update conflicts:</source>
        <translation>A&amp;ktualisierungskonflikte:</translation>
    </message>
    <message>
        <source>What happens when both records changed since the last synchronization.</source>
        <translation>Was geschieht, wenn beide Datensätze seit der letzten Synchronisierung geändert wurden.</translation>
    </message>
    <message>
        <source>Conflict de&amp;tection:</source>
        <translation>Konflikt&amp;erkennung:</translation>
    </message>
    <message>
        <source>Field level: only a field changed on both sides to different values is a conflict; other changes are merged. Record level: any change on both sides is a conflict.</source>
        <translation>Feldebene: Nur ein Feld, das auf beiden Seiten in unterschiedliche Werte geändert wurde, ist ein Konflikt; andere Änderungen werden zusammengeführt. Datensatzebene: Jede Änderung auf beiden Seiten ist ein Konflikt.</translation>
    </message>
    <message>
        <source>Synch. &amp;Only Coupled Records</source>
        <translation>&amp;Nur gekoppelte Datensätze synchronisieren</translation>
    </message>
    <message>
        <source>Leave records that are not coupled alone: no inserts, no match-based coupling.</source>
        <translation>Nicht gekoppelte Datensätze unberührt lassen: keine Einfügungen, keine abgleichsbasierte Kopplung.</translation>
    </message>
    <message>
        <source>&amp;Run every</source>
        <translation>&amp;Ausführen alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>back off up &amp;to</source>
        <translation>bei Leerlauf bis &amp;maximal</translation>
    </message>
    <message>
        <source>While the console is open, the mapping runs by itself at this interval. Each run that finds nothing to do doubles the wait, up to the limit; a change in the local table brings it back to the interval.</source>
        <translation>Solange die Konsole geöffnet ist, wird die Zuordnung automatisch in diesem Intervall ausgeführt. Jede Ausführung, die nichts zu tun findet, verdoppelt die Wartezeit bis zum Grenzwert; eine Änderung in der lokalen Tabelle setzt sie wieder auf das Intervall zurück.</translation>
    </message>
    <message>
        <source>Table filters:</source>
        <translation>Tabellenfilter:</translation>
    </message>
    <message>
        <source>Match fields:</source>
        <translation>Abgleichsfelder:</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the mapping as it is saved, dropping these changes.</source>
        <translation>Die Zuordnung so anzeigen, wie sie gespeichert ist, und diese Änderungen verwerfen.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Save the changes to the workspace file.</source>
        <translation>Die Änderungen in der Arbeitsbereichsdatei speichern.</translation>
    </message>
</context>
<context>
    <name>couplet</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The system refused the credentials of the integration user. The password may be wrong or expired, the password may have to be changed at the next sign-in, the account may be disabled or locked, or the client secret of the app registration may have expired.</source>
        <translation>Das System hat die Anmeldeinformationen des Integrationsbenutzers abgelehnt. Möglicherweise ist das Kennwort falsch oder abgelaufen, muss bei der nächsten Anmeldung geändert werden, ist das Konto deaktiviert oder gesperrt, oder der geheime Clientschlüssel der App-Registrierung ist abgelaufen.</translation>
    </message>
    <message>
        <source>In Connection Setup, check the user name and enter the password or client secret again, then choose Test Connection. If the password must be changed, sign in once as the integration user and change it. When the connection works, synchronize again: the failed records are retried first.</source>
        <translation>Prüfen Sie in der Verbindungseinrichtung den Benutzernamen, geben Sie das Kennwort oder den geheimen Clientschlüssel erneut ein, und wählen Sie dann „Verbindung testen“. Wenn das Kennwort geändert werden muss, melden Sie sich einmal als Integrationsbenutzer an und ändern es. Wenn die Verbindung funktioniert, synchronisieren Sie erneut: Die fehlgeschlagenen Datensätze werden zuerst wiederholt.</translation>
    </message>
    <message>
        <source>Missing permission or privilege</source>
        <translation>Fehlende Berechtigung oder fehlendes Recht</translation>
    </message>
    <message>
        <source>The integration user signed in, but is not allowed to read, create, modify or delete this kind of record. In the integration service a security role lacks a privilege (the message names it, for example prvCreateAccount); in a database the user lacks a grant on the table, or the database is read-only.</source>
        <translation>Der Integrationsbenutzer hat sich angemeldet, darf diese Art von Datensatz aber nicht lesen, erstellen, ändern oder löschen. Im Integrationsdienst fehlt einer Sicherheitsrolle ein Recht (die Meldung nennt es, zum Beispiel prvCreateAccount); in einer Datenbank fehlt dem Benutzer eine Berechtigung (GRANT) für die Tabelle, oder die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Assign the integration user a security role with the read, create, write and delete privileges that the mapping needs, or grant them on the table in the database. Do not make the integration user an administrator: give it only the roles it needs. Run the Health Check to list what is missing, then synchronize again.</source>
        <translation>Weisen Sie dem Integrationsbenutzer eine Sicherheitsrolle mit den Rechten zum Lesen, Erstellen, Schreiben und Löschen zu, die die Zuordnung benötigt, oder erteilen Sie diese Rechte für die Tabelle in der Datenbank. Machen Sie den Integrationsbenutzer nicht zum Administrator: Weisen Sie ihm nur die Rollen zu, die er benötigt. Führen Sie die Integritätsprüfung aus, um aufzulisten, was fehlt, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Record changed during synchronization</source>
        <translation>Datensatz während der Synchronisierung geändert</translation>
    </message>
    <message>
        <source>Someone changed the record after Couplet read it and before Couplet wrote to it (HTTP 412 Precondition Failed). Couplet never overwrites changes it has not seen.</source>
        <translation>Jemand hat den Datensatz geändert, nachdem Couplet ihn gelesen und bevor Couplet ihn geschrieben hat (HTTP 412 Precondition Failed). Couplet überschreibt niemals Änderungen, die es nicht gesehen hat.</translation>
    </message>
    <message>
        <source>Usually no action is needed: the next synchronization reads the record again and takes both changes into account. If the error repeats for the same record, find the user or process that keeps changing it.</source>
        <translation>In der Regel ist keine Aktion erforderlich: Die nächste Synchronisierung liest den Datensatz erneut und berücksichtigt beide Änderungen. Wenn der Fehler für denselben Datensatz wiederholt auftritt, ermitteln Sie den Benutzer oder Prozess, der ihn fortlaufend ändert.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anforderungen</translation>
    </message>
    <message>
        <source>The integration service limits how many requests a user may send in a period (HTTP 429 Too Many Requests, service protection limits). It refused further requests for a while.</source>
        <translation>Der Integrationsdienst begrenzt, wie viele Anforderungen ein Benutzer in einem Zeitraum senden darf (HTTP 429 Too Many Requests, Dienstschutz-Grenzwerte). Er hat weitere Anforderungen eine Zeit lang abgelehnt.</translation>
    </message>
    <message>
        <source>Wait a few minutes and synchronize again: the failed records are retried first. If it happens often, schedule the synchronization less frequently, lower the batch size, or avoid running several jobs at the same time.</source>
        <translation>Warten Sie einige Minuten, und synchronisieren Sie dann erneut: Die fehlgeschlagenen Datensätze werden zuerst wiederholt. Wenn dies häufig vorkommt, planen Sie die Synchronisierung seltener, verringern Sie die Batchgröße, oder vermeiden Sie es, mehrere Synchronisierungsposten gleichzeitig auszuführen.</translation>
    </message>
    <message>
        <source>Missing exchange rate</source>
        <translation>Fehlender Wechselkurs</translation>
    </message>
    <message>
        <source>A currency has no exchange rate, so the currency, or a record that uses it, cannot be created in the other system. The integration service requires an exchange rate for every currency.</source>
        <translation>Für eine Währung ist kein Wechselkurs vorhanden, daher können die Währung oder ein Datensatz, der sie verwendet, im anderen System nicht erstellt werden. Der Integrationsdienst erfordert für jede Währung einen Wechselkurs.</translation>
    </message>
    <message>
        <source>Open the currency in the business app and enter its exchange rate. Then synchronize the currency mapping, and after it the records that use the currency.</source>
        <translation>Öffnen Sie die Währung in der Business-App, und geben Sie ihren Wechselkurs ein. Synchronisieren Sie dann die Währungszuordnung und danach die Datensätze, die die Währung verwenden.</translation>
    </message>
    <message>
        <source>Related record not coupled</source>
        <translation>Verknüpfter Datensatz nicht gekoppelt</translation>
    </message>
    <message>
        <source>The record refers to another record, for example its currency, customer or salesperson, that is not coupled to a record in the other system. The reference cannot be set there.</source>
        <translation>Der Datensatz verweist auf einen anderen Datensatz, zum Beispiel seine Währung, seinen Debitor oder seinen Verkäufer, der nicht mit einem Datensatz im anderen System gekoppelt ist. Der Verweis kann dort nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Synchronize the mapping of the related record first and fix its errors; the message names the field and the mapping. Then synchronize this record again. To leave the field empty instead, turn on Clear Value on Failed Lookup in the field mapping.</source>
        <translation>Synchronisieren Sie zuerst die Zuordnung des verknüpften Datensatzes, und beheben Sie deren Fehler; die Meldung nennt das Feld und die Zuordnung. Synchronisieren Sie dann diesen Datensatz erneut. Um das Feld stattdessen leer zu lassen, aktivieren Sie in der Feldzuordnung „Wert bei fehlgeschlagener Suche löschen“.</translation>
    </message>
    <message>
        <source>Coupled record deleted</source>
        <translation>Gekoppelter Datensatz gelöscht</translation>
    </message>
    <message>
        <source>The record that this record is coupled to has been deleted in one of the systems. Couplet does not decide on its own whether to restore it or to delete the remaining record, so it set the coupling aside.</source>
        <translation>Der Datensatz, mit dem dieser Datensatz gekoppelt ist, wurde in einem der Systeme gelöscht. Couplet entscheidet nicht selbst, ob er wiederhergestellt oder der verbleibende Datensatz gelöscht werden soll, und hat die Kopplung daher zurückgestellt.</translation>
    </message>
    <message>
        <source>On the Coupled Data Synchronization Errors page, choose Restore Records to recreate the deleted record from the remaining one, Delete Records to delete the remaining record as well, or Delete Coupling to keep both apart.</source>
        <translation>Wählen Sie auf der Seite „Synchronisierungsfehler bei gekoppelten Daten“ die Aktion „Datensätze wiederherstellen“, um den gelöschten Datensatz aus dem verbleibenden neu zu erstellen, „Datensätze löschen“, um auch den verbleibenden Datensatz zu löschen, oder „Kopplung löschen“, um beide getrennt zu halten.</translation>
    </message>
    <message>
        <source>Value of the wrong type</source>
        <translation>Wert mit falschem Typ</translation>
    </message>
    <message>
        <source>A value does not fit the type of the field in the destination, for example text in a number or date field, or a number that is out of range.</source>
        <translation>Ein Wert passt nicht zum Typ des Felds im Ziel, zum Beispiel Text in einem Zahlen- oder Datumsfeld oder eine Zahl außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Compare the field mapping with the types of the two fields (the Health Check lists incompatible fields). Correct the value in the source record, or change the field mapping or its transformation, then synchronize again.</source>
        <translation>Vergleichen Sie die Feldzuordnung mit den Typen der beiden Felder (die Integritätsprüfung listet inkompatible Felder auf). Korrigieren Sie den Wert im Quelldatensatz, oder ändern Sie die Feldzuordnung oder ihre Transformation, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>Wert zu lang</translation>
    </message>
    <message>
        <source>A text value is longer than the destination field allows, so the record could not be saved.</source>
        <translation>Ein Textwert ist länger, als das Zielfeld zulässt, daher konnte der Datensatz nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Shorten the value in the source record, or map the field to a destination field that is long enough, then synchronize again.</source>
        <translation>Kürzen Sie den Wert im Quelldatensatz, oder ordnen Sie das Feld einem ausreichend langen Zielfeld zu, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Value could not be matched</source>
        <translation>Wert konnte nicht abgeglichen werden</translation>
    </message>
    <message>
        <source>A value has no counterpart in the other system: an option value has no value mapping, or the match-based coupling found more than one record that matches.</source>
        <translation>Ein Wert hat im anderen System keine Entsprechung: Für einen Optionswert gibt es keine Wertzuordnung, oder die abgleichsbasierte Kopplung hat mehr als einen passenden Datensatz gefunden.</translation>
    </message>
    <message>
        <source>Add the missing value to the value mapping of the field mapping, or make the match-based coupling fields unique (remove the duplicates, or match on more fields), then synchronize again.</source>
        <translation>Fügen Sie den fehlenden Wert der Wertzuordnung der Feldzuordnung hinzu, oder machen Sie die Felder der abgleichsbasierten Kopplung eindeutig (entfernen Sie die Duplikate, oder gleichen Sie über mehr Felder ab), und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>The other system or database did not answer in time, or another process held a lock on the data. This is usually temporary.</source>
        <translation>Das andere System oder die Datenbank hat nicht rechtzeitig geantwortet, oder ein anderer Prozess hielt eine Sperre auf den Daten. Dies ist in der Regel vorübergehend.</translation>
    </message>
    <message>
        <source>Synchronize again later: the failed records are retried first. If it happens often, check the load of the system and the network, lower the batch size, or schedule the synchronization outside busy hours.</source>
        <translation>Synchronisieren Sie später erneut: Die fehlgeschlagenen Datensätze werden zuerst wiederholt. Wenn dies häufig vorkommt, prüfen Sie die Auslastung des Systems und des Netzwerks, verringern Sie die Batchgröße, oder planen Sie die Synchronisierung außerhalb der Hauptlastzeiten.</translation>
    </message>
    <message>
        <source>Record changed on both sides</source>
        <translation>Datensatz auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>The record was changed in both systems since the last synchronization, and the same field has different values on each side. Couplet skipped the record so that neither change is lost.</source>
        <translation>Der Datensatz wurde seit der letzten Synchronisierung in beiden Systemen geändert, und dasselbe Feld hat auf beiden Seiten unterschiedliche Werte. Couplet hat den Datensatz übersprungen, damit keine der Änderungen verloren geht.</translation>
    </message>
    <message>
        <source>On the Skipped Synch. Records page, compare the two records and choose to keep the local changes, keep the integration changes, or merge field by field, then choose Synchronize. To resolve such conflicts automatically, set the update conflict resolution of the integration table mapping.</source>
        <translation>Vergleichen Sie auf der Seite „Übersprungene Synch.-Datensätze“ die beiden Datensätze, und wählen Sie, ob die lokalen Änderungen oder die Integrationsänderungen behalten oder die Felder einzeln zusammengeführt werden sollen; wählen Sie dann „Synchronisieren“. Um solche Konflikte automatisch zu lösen, legen Sie die Aktualisierungskonfliktlösung der Integrationstabellenzuordnung fest.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <source>A field that the destination requires has no value, so the record could not be saved.</source>
        <translation>Ein Feld, das im Ziel erforderlich ist, hat keinen Wert, daher konnte der Datensatz nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Fill in the field in the source record (the technical details name it), or give the field mapping a constant value, then synchronize again.</source>
        <translation>Füllen Sie das Feld im Quelldatensatz aus (die technischen Details nennen es), oder geben Sie der Feldzuordnung einen konstanten Wert, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Keine Verbindung möglich</translation>
    </message>
    <message>
        <source>Couplet could not reach the system or database, or the connection was lost during the synchronization. The server may be down, its address may be wrong, or a firewall, proxy or certificate may block the connection.</source>
        <translation>Couplet konnte das System oder die Datenbank nicht erreichen, oder die Verbindung wurde während der Synchronisierung unterbrochen. Möglicherweise ist der Server nicht verfügbar, seine Adresse ist falsch, oder eine Firewall, ein Proxy oder ein Zertifikat blockiert die Verbindung.</translation>
    </message>
    <message>
        <source>In Connection Setup, check the server address and choose Test Connection; check the network and the server&apos;s certificate. When the connection works again, synchronize: the failed records are retried first.</source>
        <translation>Prüfen Sie in der Verbindungseinrichtung die Serveradresse, und wählen Sie „Verbindung testen“; prüfen Sie das Netzwerk und das Zertifikat des Servers. Wenn die Verbindung wieder funktioniert, synchronisieren Sie: Die fehlgeschlagenen Datensätze werden zuerst wiederholt.</translation>
    </message>
    <message>
        <source>Other error</source>
        <translation>Anderer Fehler</translation>
    </message>
    <message>
        <source>Couplet does not recognize this error. The message and the technical details give the system&apos;s own words.</source>
        <translation>Couplet erkennt diesen Fehler nicht. Die Meldung und die technischen Details geben den Wortlaut des Systems wieder.</translation>
    </message>
    <message>
        <source>Read the technical details, correct the data or the setup they point to, and synchronize again. Delete the coupling if the record should not be synchronized.</source>
        <translation>Lesen Sie die technischen Details, korrigieren Sie die Daten oder die Einrichtung, auf die sie verweisen, und synchronisieren Sie erneut. Löschen Sie die Kopplung, wenn der Datensatz nicht synchronisiert werden soll.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <source>Integration user is an administrator</source>
        <translation>Integrationsbenutzer ist Administrator</translation>
    </message>
    <message>
        <source>The integration user has an administrator role (in Dataverse, System Administrator), or is a database superuser. An administrator can change anything, so a mistake in a mapping can damage any record, and the changes it makes cannot be told apart from an administrator&apos;s own.</source>
        <translation>Der Integrationsbenutzer hat eine Administratorrolle (in Dataverse „Systemadministrator“) oder ist ein Datenbank-Superuser. Ein Administrator kann alles ändern, daher kann ein Fehler in einer Zuordnung jeden Datensatz beschädigen, und seine Änderungen lassen sich nicht von denen eines Administrators unterscheiden.</translation>
    </message>
    <message>
        <source>Create a dedicated integration user, give it only the security roles with the privileges the mappings need (the Health Check lists them), enter it in Connection Setup, and remove the administrator role from the user Couplet signs in as.</source>
        <translation>Erstellen Sie einen eigenen Integrationsbenutzer, weisen Sie ihm nur die Sicherheitsrollen mit den Rechten zu, die die Zuordnungen benötigen (die Integritätsprüfung listet sie auf), tragen Sie ihn in der Verbindungseinrichtung ein, und entfernen Sie die Administratorrolle von dem Benutzer, mit dem sich Couplet anmeldet.</translation>
    </message>
    <message>
        <source>Table or field missing</source>
        <translation>Tabelle oder Feld fehlt</translation>
    </message>
    <message>
        <source>A table, column or property that a mapping uses does not exist in the system, or has been renamed. Every record of the mapping fails until it is fixed.</source>
        <translation>Eine Tabelle, Spalte oder Eigenschaft, die eine Zuordnung verwendet, ist im System nicht vorhanden oder wurde umbenannt. Jeder Datensatz der Zuordnung schlägt fehl, bis dies behoben ist.</translation>
    </message>
    <message>
        <source>Open the mapping on the Integration Table Mappings page and correct the table or field name (the message suggests the closest name), or add the field in the system. Run the Health Check again to confirm.</source>
        <translation>Öffnen Sie die Zuordnung auf der Seite „Integrationstabellenzuordnungen“, und korrigieren Sie den Tabellen- oder Feldnamen (die Meldung schlägt den ähnlichsten Namen vor), oder fügen Sie das Feld im System hinzu. Führen Sie die Integritätsprüfung erneut aus, um dies zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>couplet-cli</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>Die Option --%1 darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Die Option --%1 akzeptiert keinen Wert.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation>Die Option --%1 erfordert einen Wert (%2).</translation>
    </message>
    <message>
        <source>The workspace file (*.couplet.json); by default $COUPLET_WORKSPACE.</source>
        <translation>Die Arbeitsbereichsdatei (*.couplet.json); standardmäßig $COUPLET_WORKSPACE.</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Den Fortschritt auf stderr anzeigen, auch wenn stderr kein Terminal ist.</translation>
    </message>
    <message>
        <source>Log what the connections and the engine do on stderr.</source>
        <translation>Auf stderr protokollieren, was die Verbindungen und das Synchronisierungsmodul tun.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  finished, but some rows or entries failed (see `errors list`), or a health
     check failed
  2  usage error: the command line is wrong
  3  the workspace is not valid (each mistake is printed with its path)
  4  the state store or a connection cannot be used
  5  a job failed or was cancelled (SIGINT/SIGTERM stop a sync at a row boundary)
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  abgeschlossen, aber einige Datensätze oder Einträge sind fehlgeschlagen
     (siehe `errors list`), oder eine Integritätsprüfung ist fehlgeschlagen
  2  Aufruffehler: Die Befehlszeile ist falsch
  3  der Arbeitsbereich ist ungültig (jeder Fehler wird mit Pfad ausgegeben)
  4  der Statusspeicher oder eine Verbindung kann nicht verwendet werden
  5  ein Posten ist fehlgeschlagen oder wurde abgebrochen (SIGINT/SIGTERM halten
     eine Synchronisierung an einer Datensatzgrenze an)
</translation>
    </message>
    <message>
        <source>Usage: couplet-cli [-w FILE] COMMAND [OPTIONS]

Couplet keeps the records of two systems (an ERP and a CRM) in sync; couplet-cli runs the synchronization and the administrator&apos;s pages without a display.

Commands:
</source>
        <translation>Aufruf: couplet-cli [-w FILE] COMMAND [OPTIONS]

Couplet hält die Datensätze zweier Systeme (eines ERP- und eines CRM-Systems) synchron; couplet-cli führt die Synchronisierung und die Seiten für Administratoren ohne grafische Oberfläche aus.

Befehle:
</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Run `couplet-cli COMMAND --help` for a command&apos;s options.
</source>
        <translation>Die Optionen eines Befehls zeigt `couplet-cli COMMAND --help` an.
</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Es wurde kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>„%1“ erfordert einen dieser Unterbefehle: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no argument &quot;%2&quot;.</source>
        <translation>„%1“ akzeptiert kein Argument „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>„%1“ erfordert %2.</translation>
    </message>
    <message>
        <source>Which workspace? Give -w FILE or set COUPLET_WORKSPACE.</source>
        <translation>Welcher Arbeitsbereich? Geben Sie -w FILE an, oder setzen Sie COUPLET_WORKSPACE.</translation>
    </message>
    <message>
        <source>Run `couplet-cli --help` for usage.</source>
        <translation>Hinweise zum Aufruf zeigt `couplet-cli --help` an.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Last synchronized</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Failed since</source>
        <translation>Fehlgeschlagen seit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(%1 of %2 shown; use --limit N, or --limit 0 for all)</source>
        <translation>(%1 von %2 angezeigt; verwenden Sie --limit N oder --limit 0 für alle)</translation>
    </message>
    <message>
        <source>No coupled data synchronization errors.</source>
        <translation>Keine Synchronisierungsfehler bei gekoppelten Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%n coupling(s) will be retried by the next sync.</source>
        <translation>
            <numerusform>%n Kopplung wird bei der nächsten Synchronisierung erneut versucht.</numerusform>
            <numerusform>%n Kopplungen werden bei der nächsten Synchronisierung erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz wiederhergestellt.</numerusform>
            <numerusform>%n Datensätze wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s) and their couplings.</source>
        <translation>
            <numerusform>%n Datensatz und seine Kopplung gelöscht.</numerusform>
            <numerusform>%n Datensätze und ihre Kopplungen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n coupling(s) whose row was deleted on one side.</source>
        <translation>
            <numerusform>%n Kopplung gefunden, deren Datensatz auf einer Seite gelöscht wurde.</numerusform>
            <numerusform>%n Kopplungen gefunden, deren Datensatz auf einer Seite gelöscht wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>No skipped records.</source>
        <translation>Keine übersprungenen Datensätze.</translation>
    </message>
    <message>
        <source>%1 has no coupling with the local key %2.</source>
        <translation>%1 hat keine Kopplung mit dem lokalen Schlüssel %2.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation>%1: %2 ↔ %3</translation>
    </message>
    <message>
        <source>Field (local / remote)</source>
        <translation>Feld (lokal / remote)</translation>
    </message>
    <message>
        <source>Local at last sync</source>
        <translation>Lokal bei letzter Synch.</translation>
    </message>
    <message>
        <source>Local now</source>
        <translation>Lokal aktuell</translation>
    </message>
    <message>
        <source>Remote at last sync</source>
        <translation>Remote bei letzter Synch.</translation>
    </message>
    <message>
        <source>Remote now</source>
        <translation>Remote aktuell</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 takes &quot;local&quot; or &quot;remote&quot;, not &quot;%2&quot;.</source>
        <translation>%1 akzeptiert &quot;local&quot; oder &quot;remote&quot;, nicht „%2“.</translation>
    </message>
    <message>
        <source>--merge takes FIELD=local or FIELD=remote, not &quot;%1&quot;.</source>
        <translation>--merge akzeptiert FIELD=local oder FIELD=remote, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 has no field %2 to merge. Its fields: %3.</source>
        <translation>Die Zuordnung %1 hat kein Feld %2 zum Zusammenführen. Felder der Zuordnung: %3.</translation>
    </message>
    <message>
        <source>--merge needs --mapping NAME and the keys (--local KEY...).</source>
        <translation>--merge erfordert --mapping NAME und die Schlüssel (--local KEY...).</translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n skipped record(s).</source>
        <translation>
            <numerusform>%n übersprungener Datensatz aufgelöst.</numerusform>
            <numerusform>%n übersprungene Datensätze aufgelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be synchronized by the next sync.</source>
        <translation>
            <numerusform>%n Datensatz wird bei der nächsten Synchronisierung synchronisiert.</numerusform>
            <numerusform>%n Datensätze werden bei der nächsten Synchronisierung synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the mapping: --mapping NAME.</source>
        <translation>Geben Sie die Zuordnung an: --mapping NAME.</translation>
    </message>
    <message>
        <source>No couplings.</source>
        <translation>Keine Kopplungen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s) of %1.</source>
        <translation>
            <numerusform>%n Kopplung von %1 gelöscht.</numerusform>
            <numerusform>%n Kopplungen von %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>%n Kopplung gelöscht.</numerusform>
            <numerusform>%n Kopplungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --local KEY and --remote KEY.</source>
        <translation>Geben Sie --local KEY und --remote KEY an.</translation>
    </message>
    <message numerus="yes">
        <source>Coupled %n record pair(s).</source>
        <translation>
            <numerusform>%n Datensatzpaar gekoppelt.</numerusform>
            <numerusform>%n Datensatzpaare gekoppelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the changes of &quot;local&quot; or &quot;remote&quot; and write them to the other side.</source>
        <translation>Die Änderungen von &quot;local&quot; oder &quot;remote&quot; behalten und auf die andere Seite schreiben.</translation>
    </message>
    <message>
        <source>Merge: for each FIELD (local column or remote property), the side whose value wins. Fields not named keep the side that changed.</source>
        <translation>Zusammenführen: für jedes FIELD (lokale Spalte oder Remote-Eigenschaft) die Seite, deren Wert gilt. Bei nicht genannten Feldern bleibt die geänderte Seite erhalten.</translation>
    </message>
    <message>
        <source>Coupled Data Synchronization Errors: couplings that failed or lost a row.</source>
        <translation>Synchronisierungsfehler bei gekoppelten Daten: Kopplungen, die fehlgeschlagen sind oder einen Datensatz verloren haben.</translation>
    </message>
    <message>
        <source>Clear the failure so the next sync takes the couplings again.</source>
        <translation>Den Fehler zurücksetzen, damit die nächste Synchronisierung die Kopplungen erneut verarbeitet.</translation>
    </message>
    <message>
        <source>Restore Records: recreate the deleted row from the surviving one.</source>
        <translation>Datensätze wiederherstellen: den gelöschten Datensatz aus dem verbliebenen neu erstellen.</translation>
    </message>
    <message>
        <source>Delete Records: delete the surviving row and the coupling.</source>
        <translation>Datensätze löschen: den verbliebenen Datensatz und die Kopplung löschen.</translation>
    </message>
    <message>
        <source>Find for Deleted: check every coupling for rows deleted on either side.</source>
        <translation>Gelöschte suchen: jede Kopplung auf Datensätze prüfen, die auf einer der beiden Seiten gelöscht wurden.</translation>
    </message>
    <message>
        <source>Skipped Synch. Records: couplings set aside until you decide.</source>
        <translation>Übersprungene Synch.-Datensätze: Kopplungen, die zurückgestellt sind, bis Sie entscheiden.</translation>
    </message>
    <message>
        <source>Both rows of a skipped record side by side, with the values at the last sync.</source>
        <translation>Beide Seiten eines übersprungenen Datensatzes nebeneinander, mit den Werten bei der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>The key of the local row.</source>
        <translation>Der Schlüssel des lokalen Datensatzes.</translation>
    </message>
    <message>
        <source>Keep the local or the remote changes, or merge field by field.</source>
        <translation>Die lokalen oder die Remote-Änderungen behalten oder feldweise zusammenführen.</translation>
    </message>
    <message>
        <source>Un-skip: the next sync takes the records again.</source>
        <translation>Nicht mehr überspringen: Die nächste Synchronisierung verarbeitet die Datensätze erneut.</translation>
    </message>
    <message>
        <source>The coupled records of a mapping.</source>
        <translation>Die gekoppelten Datensätze einer Zuordnung.</translation>
    </message>
    <message>
        <source>Delete Coupling: of the keys given, or every coupling of the mapping.</source>
        <translation>Kopplung löschen: die Kopplungen der angegebenen Schlüssel oder jede Kopplung der Zuordnung.</translation>
    </message>
    <message>
        <source>Couple a local row and a remote row by hand.</source>
        <translation>Einen lokalen und einen Remote-Datensatz manuell koppeln.</translation>
    </message>
    <message>
        <source>The key of the remote row.</source>
        <translation>Der Schlüssel des Remote-Datensatzes.</translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation>[OK]</translation>
    </message>
    <message>
        <source>[warning]</source>
        <translation>[Warnung]</translation>
    </message>
    <message>
        <source>[error]</source>
        <translation>[Fehler]</translation>
    </message>
    <message>
        <source>[not checked]</source>
        <translation>[nicht geprüft]</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <source>%1 not checked</source>
        <translation>%1 nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) written to the Integration Synchronization Errors; see: %1</source>
        <translation>
            <numerusform>%n Problem wurde in den Integrationssynchronisierungsfehlern protokolliert; siehe: %1</numerusform>
            <numerusform>%n Probleme wurden in den Integrationssynchronisierungsfehlern protokolliert; siehe: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The problems are already in the Integration Synchronization Errors; see: %1</source>
        <translation>Die Probleme sind bereits in den Integrationssynchronisierungsfehlern protokolliert; siehe: %1</translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation>Wird geprüft: %1…</translation>
    </message>
    <message>
        <source>Cannot write to the Integration Synchronization Errors: %1</source>
        <translation>In die Integrationssynchronisierungsfehler kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Check the connections, the integration users, their permissions, exchange rates, the mapped tables and fields, and duplicate match keys; exits 1 when a check fails.</source>
        <translation>Die Verbindungen, die Integrationsbenutzer, ihre Berechtigungen, die Wechselkurse, die zugeordneten Tabellen und Felder sowie doppelte Werte in Abgleichsfeldern prüfen; endet mit Exit-Code 1, wenn eine Prüfung fehlschlägt.</translation>
    </message>
    <message>
        <source>Only this mapping&apos;s permissions, exchange rates, schema and keys; may be given more than once.</source>
        <translation>Nur Berechtigungen, Wechselkurse, Schema und Schlüssel dieser Zuordnung; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>Only the connection and authentication checks.</source>
        <translation>Nur die Verbindungs- und Authentifizierungsprüfungen.</translation>
    </message>
    <message>
        <source>Do not write the failed checks to the Integration Synchronization Errors.</source>
        <translation>Die fehlgeschlagenen Prüfungen nicht in die Integrationssynchronisierungsfehler schreiben.</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Keine Posten.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>%n Posten gelöscht.</numerusform>
            <numerusform>%n Posten gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s) older than %1 days.</source>
        <translation>
            <numerusform>%n Posten gelöscht, der älter als %1 Tage ist.</numerusform>
            <numerusform>%n Posten gelöscht, die älter als %1 Tage sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>--job needs a job ID, not &quot;%1&quot;.</source>
        <translation>--job erfordert eine Posten-ID, nicht „%1“.</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Posten</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n error(s).</source>
        <translation>
            <numerusform>%n Fehler gelöscht.</numerusform>
            <numerusform>%n Fehler gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n error(s) older than %1 days.</source>
        <translation>
            <numerusform>%n Fehler gelöscht, der älter als %1 Tage ist.</numerusform>
            <numerusform>%n Fehler gelöscht, die älter als %1 Tage sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n error(s) to %1.</source>
        <translation>
            <numerusform>%n Fehler nach %1 exportiert.</numerusform>
            <numerusform>%n Fehler nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the errors of this job.</source>
        <translation>Nur die Fehler dieses Postens.</translation>
    </message>
    <message>
        <source>Integration Synchronization Jobs, newest first.</source>
        <translation>Integrationssynchronisierungsposten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Delete jobs older than DAYS days, or all of them.</source>
        <translation>Posten löschen, die älter als DAYS Tage sind, oder alle.</translation>
    </message>
    <message>
        <source>Integration Synchronization Errors, newest first.</source>
        <translation>Integrationssynchronisierungsfehler, neueste zuerst.</translation>
    </message>
    <message>
        <source>Delete errors older than DAYS days, or all of them.</source>
        <translation>Fehler löschen, die älter als DAYS Tage sind, oder alle.</translation>
    </message>
    <message>
        <source>Write the errors to a CSV file (&quot;-&quot;: standard output).</source>
        <translation>Die Fehler in eine CSV-Datei schreiben (&quot;-&quot;: Standardausgabe).</translation>
    </message>
    <message>
        <source>The workspace has no connection &quot;%1&quot;. Give one of: %2, %3, store.</source>
        <translation>Der Arbeitsbereich enthält keine Verbindung „%1“. Geben Sie eine der folgenden an: %2, %3, store.</translation>
    </message>
    <message>
        <source>Note: the workspace does not take the password of %1 from the keychain; set its &quot;secret&quot; to &quot;keychain&quot; to use the stored one.</source>
        <translation>Hinweis: Der Arbeitsbereich liest das Kennwort für %1 nicht aus dem Schlüsselbund; setzen Sie dort &quot;secret&quot; auf &quot;keychain&quot;, um das gespeicherte Kennwort zu verwenden.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Kennwort für %1: </translation>
    </message>
    <message>
        <source>No password given: type it, or pipe it as one line on stdin.</source>
        <translation>Kein Kennwort angegeben: Geben Sie es ein, oder übergeben Sie es als eine Zeile über stdin.</translation>
    </message>
    <message>
        <source>Stored the password of %1 in the keychain.</source>
        <translation>Das Kennwort für %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>The keychain holds no password of %1 any more.</source>
        <translation>Der Schlüsselbund enthält kein Kennwort für %1 mehr.</translation>
    </message>
    <message>
        <source>CONNECTION is a connection&apos;s name, or &quot;store&quot; for the state store.</source>
        <translation>CONNECTION ist der Name einer Verbindung oder &quot;store&quot; für den Statusspeicher.</translation>
    </message>
    <message>
        <source>Store a password in the OS keychain, read from stdin (without echo at a terminal, or one line from a pipe). </source>
        <translation>Ein Kennwort im Schlüsselbund des Betriebssystems speichern, gelesen von stdin (an einem Terminal ohne Echo oder als eine Zeile aus einer Pipe). </translation>
    </message>
    <message>
        <source>Print &quot;stored&quot; or &quot;not stored&quot; (never the password). </source>
        <translation>„gespeichert“ oder „nicht gespeichert“ ausgeben (niemals das Kennwort). </translation>
    </message>
    <message>
        <source>Remove a password from the OS keychain. </source>
        <translation>Ein Kennwort aus dem Schlüsselbund des Betriebssystems entfernen. </translation>
    </message>
    <message>
        <source>%1 (%2) was cancelled.</source>
        <translation>%1 (%2) wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2) failed: %3</source>
        <translation>%1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed; see: couplet-cli %1 errors list</source>
        <translation>
            <numerusform>%n Datensatz fehlgeschlagen; siehe: couplet-cli %1 errors list</numerusform>
            <numerusform>%n Datensätze fehlgeschlagen; siehe: couplet-cli %1 errors list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; see: couplet-cli %1 skipped list</source>
        <translation>
            <numerusform>%n Datensatz übersprungen; siehe: couplet-cli %1 skipped list</numerusform>
            <numerusform>%n Datensätze übersprungen; siehe: couplet-cli %1 skipped list</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace %1 does not match the systems&apos; tables:</source>
        <translation>Der Arbeitsbereich %1 passt nicht zu den Tabellen der Systeme:</translation>
    </message>
    <message>
        <source>--batch-size must be 1 or more.</source>
        <translation>--batch-size muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The synchronization stopped: %1</source>
        <translation>Die Synchronisierung wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Nothing to synchronize.</source>
        <translation>Nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>Synchronize the mappings (all of them, in dependency order).</source>
        <translation>Die Zuordnungen synchronisieren (alle, in der Reihenfolge ihrer Abhängigkeiten).</translation>
    </message>
    <message>
        <source>Run Full Synchronization: clear the high-water marks first, so every row is compared.</source>
        <translation>Vollständige Synchronisierung ausführen: zuerst die Markierungen „Änderungen seit“ löschen, sodass jeder Datensatz verglichen wird.</translation>
    </message>
    <message>
        <source>Rows read, decided and written together (default 500). Cancelling stops between batches.</source>
        <translation>Anzahl der Datensätze, die zusammen gelesen, entschieden und geschrieben werden (Standard: 500). Ein Abbruch hält zwischen zwei Batches an.</translation>
    </message>
    <message>
        <source>Local table</source>
        <translation>Lokale Tabelle</translation>
    </message>
    <message>
        <source>Remote table</source>
        <translation>Remote-Tabelle</translation>
    </message>
    <message>
        <source>Couplings</source>
        <translation>Kopplungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Coupled errors</source>
        <translation>Fehler gek. Daten</translation>
    </message>
    <message>
        <source>Synch. Modified On Filter</source>
        <translation>Synch.-Filter „Geändert am“</translation>
    </message>
    <message>
        <source>Synch. Int. Tbl. Mod. On Fltr.</source>
        <translation>Synch.-Filter „Int.-Tab. geändert am“</translation>
    </message>
    <message numerus="yes">
        <source>The workspace is valid: %n mapping(s) between %1 and %2.</source>
        <translation>
            <numerusform>Der Arbeitsbereich ist gültig: %n Zuordnung zwischen %1 und %2.</numerusform>
            <numerusform>Der Arbeitsbereich ist gültig: %n Zuordnungen zwischen %1 und %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds a demo; add --force to replace it.</source>
        <translation>%1 enthält bereits eine Demo; fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation>Der Demo-Arbeitsbereich %1 wurde erstellt</translation>
    </message>
    <message>
        <source>It was synchronized once, then both systems were edited: the next sync meets update conflicts, a deletion conflict, a currency without an exchange rate, a failing lookup, and clean inserts and updates.</source>
        <translation>Er wurde einmal synchronisiert, danach wurden beide Systeme bearbeitet: Die nächste Synchronisierung trifft auf Aktualisierungskonflikte, einen Löschkonflikt, eine Währung ohne Wechselkurs, eine fehlschlagende Suche sowie fehlerfreie Einfügungen und Aktualisierungen.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>Integration Table Mappings with their counts and high-water marks.</source>
        <translation>Integrationstabellenzuordnungen mit ihren Anzahlen und Markierungen „Änderungen seit“.</translation>
    </message>
    <message>
        <source>Check the workspace file and both systems&apos; tables.</source>
        <translation>Die Arbeitsbereichsdatei und die Tabellen beider Systeme prüfen.</translation>
    </message>
    <message>
        <source>Write a demo workspace with two SQLite databases into DIR, ready to sync.</source>
        <translation>Einen synchronisierungsbereiten Demo-Arbeitsbereich mit zwei SQLite-Datenbanken in DIR schreiben.</translation>
    </message>
    <message>
        <source>Replace a demo already in DIR.</source>
        <translation>Eine bereits in DIR vorhandene Demo ersetzen.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Only this mapping; may be given more than once.</source>
        <translation>Nur diese Zuordnung; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>The mapping (CUSTOMER, …).</source>
        <translation>Die Zuordnung (CUSTOMER, …).</translation>
    </message>
    <message>
        <source>Keys of local rows; several may follow one --local.</source>
        <translation>Schlüssel lokaler Datensätze; auf ein --local können mehrere folgen.</translation>
    </message>
    <message>
        <source>Keys of remote rows; several may follow one --remote.</source>
        <translation>Schlüssel von Remote-Datensätzen; auf ein --remote können mehrere folgen.</translation>
    </message>
    <message>
        <source>Every line of the list (of --mapping, when given).</source>
        <translation>Jede Zeile der Liste (von --mapping, falls angegeben).</translation>
    </message>
    <message>
        <source>Show at most N lines (default 100; 0: all).</source>
        <translation>Höchstens N Zeilen anzeigen (Standard: 100; 0: alle).</translation>
    </message>
    <message>
        <source>Only lines whose text or keys contain TEXT.</source>
        <translation>Nur Zeilen, deren Text oder Schlüssel TEXT enthält.</translation>
    </message>
    <message>
        <source>Only entries older than DAYS days.</source>
        <translation>Nur Einträge, die älter als DAYS Tage sind.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 erfordert eine ganze Zahl ab 0, nicht „%2“.</translation>
    </message>
    <message>
        <source>Give exactly one of %1.</source>
        <translation>Geben Sie genau eine der Optionen %1 an.</translation>
    </message>
    <message>
        <source>%1 %2 row %3 is not a skipped record.</source>
        <translation>Der %2-Datensatz %3 der Zuordnung %1 ist kein übersprungener Datensatz.</translation>
    </message>
    <message>
        <source>%1 %2 row %3 has no coupled data synchronization error.</source>
        <translation>Der %2-Datensatz %3 der Zuordnung %1 hat keinen Synchronisierungsfehler bei gekoppelten Daten.</translation>
    </message>
    <message>
        <source>Give either --all or keys with --local/--remote, not both.</source>
        <translation>Geben Sie entweder --all oder Schlüssel mit --local/--remote an, nicht beides.</translation>
    </message>
    <message>
        <source>Say which records: --all, or --mapping NAME --local KEY...</source>
        <translation>Geben Sie die Datensätze an: --all oder --mapping NAME --local KEY...</translation>
    </message>
    <message>
        <source>--local and --remote need --mapping NAME.</source>
        <translation>--local und --remote erfordern --mapping NAME.</translation>
    </message>
    <message>
        <source>%1 has no coupling with the %2 key %3.</source>
        <translation>%1 hat keine Kopplung mit dem %2-Schlüssel %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be done; see `couplet-cli errors list` for why.</source>
        <translation>
            <numerusform>%n Vorgang konnte nicht ausgeführt werden; den Grund zeigt `couplet-cli errors list`.</numerusform>
            <numerusform>%n Vorgänge konnten nicht ausgeführt werden; die Gründe zeigt `couplet-cli errors list`.</numerusform>
        </translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Update conflict</source>
        <translation>Aktualisierungskonflikt</translation>
    </message>
    <message>
        <source>Deletion conflict</source>
        <translation>Löschkonflikt</translation>
    </message>
    <message>
        <source>Repeated error</source>
        <translation>Wiederholter Fehler</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <source>Uncoupled</source>
        <translation>Entkoppelt</translation>
    </message>
    <message>
        <source>The workspace %1 is not valid:</source>
        <translation>Der Arbeitsbereich %1 ist ungültig:</translation>
    </message>
    <message>
        <source>The workspace has no mapping %1. Its mappings: %2.</source>
        <translation>Der Arbeitsbereich enthält keine Zuordnung %1. Vorhandene Zuordnungen: %2.</translation>
    </message>
    <message>
        <source>Cannot read the password of %1: %2</source>
        <translation>Das Kennwort für %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Store it with: couplet-cli -w %1 secret set %2</source>
        <translation>Speichern Sie es mit: couplet-cli -w %1 secret set %2</translation>
    </message>
    <message>
        <source>Cannot open the state store %1: %2</source>
        <translation>Der Statusspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The %1 connection has a kind (%2) that this version of couplet-cli does not support.</source>
        <translation>Die Verbindung %1 hat eine Art (%2), die diese Version von couplet-cli nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Es kann keine Verbindung mit %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 von %3 Datensätzen</translation>
    </message>
</context>
<context>
    <name>couplet::Administration</name>
    <message>
        <source>%1 %2 is not coupled yet; use Retry to insert it again</source>
        <translation>%1 %2 ist noch nicht gekoppelt; verwenden Sie „Wiederholen“, um den Datensatz erneut einzufügen</translation>
    </message>
    <message>
        <source>A deleted row cannot be merged: choose to keep the local or the remote side</source>
        <translation>Ein gelöschter Datensatz kann nicht zusammengeführt werden: Wählen Sie, ob die lokale oder die Remote-Seite behalten werden soll</translation>
    </message>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation>Der Arbeitsbereich enthält keine Zuordnung namens %1</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 %2 is already coupled; delete its coupling first</source>
        <translation>%1 %2 ist bereits gekoppelt; löschen Sie zuerst die Kopplung</translation>
    </message>
    <message>
        <source>Both coupled rows exist; there is nothing to restore</source>
        <translation>Beide gekoppelten Datensätze sind vorhanden; es gibt nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Both coupled rows were deleted; there is nothing to restore from. Delete the coupling.</source>
        <translation>Beide gekoppelten Datensätze wurden gelöscht; es gibt nichts, woraus wiederhergestellt werden kann. Löschen Sie die Kopplung.</translation>
    </message>
    <message>
        <source>Both coupled rows exist; Delete Records only removes the row left after a deletion</source>
        <translation>Beide gekoppelten Datensätze sind vorhanden; „Datensätze löschen“ entfernt nur den nach einer Löschung verbliebenen Datensatz</translation>
    </message>
    <message>
        <source>The %1 record in %2 coupled to %3 %4 has been deleted</source>
        <translation>Der mit %3 %4 gekoppelte %1-Datensatz in %2 wurde gelöscht</translation>
    </message>
    <message>
        <source>Found by Find for Deleted</source>
        <translation>Gefunden durch „Gelöschte suchen“</translation>
    </message>
</context>
<context>
    <name>couplet::ComparisonView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>At Last Sync</source>
        <translation>Bei letzter Synchronisierung</translation>
    </message>
    <message>
        <source>%1 Now</source>
        <translation>Aktuell in %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The local column and the integration property</source>
        <translation>Die lokale Spalte und die Integrationseigenschaft</translation>
    </message>
    <message>
        <source>The value both systems held after the last synchronization</source>
        <translation>Der Wert, den beide Systeme nach der letzten Synchronisierung hatten</translation>
    </message>
    <message>
        <source>The value in %1 now</source>
        <translation>Der aktuelle Wert in %1</translation>
    </message>
    <message>
        <source>The side whose value Apply Field Choices writes to both systems</source>
        <translation>Die Seite, deren Wert „Feldauswahl übernehmen“ in beide Systeme schreibt</translation>
    </message>
    <message>
        <source>Changed since the last synchronization: %1 %2 %3 &amp;nbsp;·&amp;nbsp; &lt;i&gt;(deleted)&lt;/i&gt;: the row is gone &amp;nbsp;·&amp;nbsp; Keep: whose value both get</source>
        <translation>Seit der letzten Synchronisierung geändert: %1 %2 %3 &amp;nbsp;·&amp;nbsp; &lt;i&gt;(gelöscht)&lt;/i&gt;: Der Datensatz ist nicht mehr vorhanden &amp;nbsp;·&amp;nbsp; Behalten: Wessen Wert beide erhalten</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>on both sides (conflict)</source>
        <translation>auf beiden Seiten (Konflikt)</translation>
    </message>
    <message>
        <source>No mapped field is compared.</source>
        <translation>Es wird kein zugeordnetes Feld verglichen.</translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation>%1: %2 ↔ %3</translation>
    </message>
    <message>
        <source>deleted in %1</source>
        <translation>gelöscht in %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 column: %2
%3 property: %4</source>
        <translation>%1-Spalte: %2
%3-Eigenschaft: %4</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1: %2
%3: %4</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>This row no longer exists</source>
        <translation>Dieser Datensatz ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Both sides changed this field since the last synchronization</source>
        <translation>Beide Seiten haben dieses Feld seit der letzten Synchronisierung geändert</translation>
    </message>
    <message>
        <source>A deleted row cannot be merged: keep the local or the remote side of the whole record</source>
        <translation>Ein gelöschter Datensatz kann nicht zusammengeführt werden: Behalten Sie die lokale oder die Remote-Seite des gesamten Datensatzes</translation>
    </message>
    <message>
        <source>The value of this field that is written to both systems</source>
        <translation>Der Wert dieses Felds, der in beide Systeme geschrieben wird</translation>
    </message>
    <message>
        <source>Cannot compare the selected lines: %1</source>
        <translation>Die markierten Zeilen können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>Select one or more lines to compare their fields side by side.</source>
        <translation>Wählen Sie eine oder mehrere Zeilen aus, um ihre Felder nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) compared</source>
        <translation>
            <numerusform>%n Datensatz verglichen</numerusform>
            <numerusform>%n Datensätze verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting field(s)</source>
        <translation>
            <numerusform>%n Feld im Konflikt</numerusform>
            <numerusform>%n Felder im Konflikt</numerusform>
        </translation>
    </message>
    <message>
        <source>showing the first %1 of %2 selected lines; the others keep the side that changed</source>
        <translation>die ersten %1 von %2 markierten Zeilen werden angezeigt; bei den übrigen bleibt die geänderte Seite erhalten</translation>
    </message>
</context>
<context>
    <name>couplet::ConnectionEditor</name>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>SQL database</source>
        <translation>SQL-Datenbank</translation>
    </message>
    <message>
        <source>OData service (Dataverse Web API)</source>
        <translation>OData-Dienst (Dataverse-Web-API)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>ODBC data source</source>
        <translation>ODBC-Datenquelle</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>T&amp;reiber:</translation>
    </message>
    <message>
        <source>A file beside the workspace, or a database name</source>
        <translation>Eine Datei neben dem Arbeitsbereich oder ein Datenbankname</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <source>Generic OData v4</source>
        <translation>Generisches OData v4</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>https://contoso.crm.dynamics.com</source>
        <translation>https://contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <source>Organi&amp;zation URL:</source>
        <translation>&amp;Organisations-URL:</translation>
    </message>
    <message>
        <source>https://server/odata/</source>
        <translation>https://server/odata/</translation>
    </message>
    <message>
        <source>&amp;Service root:</source>
        <translation>&amp;Dienststamm-URL:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Benutzername und Kennwort (Basic)</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Clientanmeldeinformationen</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/v2.0/token</source>
        <translation>https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/v2.0/token</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>Token-UR&amp;L:</translation>
    </message>
    <message>
        <source>The application (client) ID</source>
        <translation>Die Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Default: the organization URL + /.default</source>
        <translation>Standard: die Organisations-URL + /.default</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Bere&amp;ich:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Rows per page when reading (sent as Prefer: odata.maxpagesize)</source>
        <translation>Datensätze pro Seite beim Lesen (gesendet als Prefer: odata.maxpagesize)</translation>
    </message>
    <message>
        <source>Rows per pa&amp;ge:</source>
        <translation>Datensätze &amp;pro Seite:</translation>
    </message>
    <message>
        <source>Writes sent together in one $batch request</source>
        <translation>Schreibvorgänge, die zusammen in einer $batch-Anforderung gesendet werden</translation>
    </message>
    <message>
        <source>Writes per &amp;batch:</source>
        <translation>Sc&amp;hreibvorgänge pro Batch:</translation>
    </message>
    <message>
        <source>Optional: extra CA certificates (PEM file)</source>
        <translation>Optional: zusätzliche CA-Zertifikate (PEM-Datei)</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>CA-Zertifikate:</translation>
    </message>
    <message>
        <source>Optional: https://server/record?table={table}&amp;id={key}</source>
        <translation>Optional: https://server/record?table={table}&amp;id={key}</translation>
    </message>
    <message>
        <source>The address of one row in the system&apos;s own pages, for &quot;Open in Browser&quot;. {table} and {key} are replaced.</source>
        <translation>Die Adresse eines Datensatzes in den eigenen Seiten des Systems, für „Im Browser öffnen“. {table} und {key} werden ersetzt.</translation>
    </message>
    <message>
        <source>Record &amp;URL:</source>
        <translation>Datensatz-&amp;URL:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>Im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>File readable by its owner only (0600)</source>
        <translation>Nur für den Besitzer lesbare Datei (0600)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Variable or file:</source>
        <translation>Variable oder Datei:</translation>
    </message>
    <message>
        <source>Enter a new password or client secret</source>
        <translation>Neues Kennwort oder neuen geheimen Clientschlüssel eingeben</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store the password in the keychain</source>
        <translation>Das Kennwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the password from the keychain</source>
        <translation>Das Kennwort aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect with the settings as shown, in the background</source>
        <translation>Im Hintergrund mit den angezeigten Einstellungen verbinden</translation>
    </message>
    <message>
        <source>Local system</source>
        <translation>Lokales System</translation>
    </message>
    <message>
        <source>Remote system</source>
        <translation>Remote-System</translation>
    </message>
    <message>
        <source>COUPLET_CRM_SECRET</source>
        <translation>COUPLET_CRM_SECRET</translation>
    </message>
    <message>
        <source>A path, relative to the workspace file</source>
        <translation>Ein Pfad, relativ zur Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>&amp;Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Der Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No password is stored in the keychain for this connection. Enter it and choose Store.</source>
        <translation>Für diese Verbindung ist kein Kennwort im Schlüsselbund gespeichert. Geben Sie es ein, und wählen Sie „Speichern“.</translation>
    </message>
    <message>
        <source>Local system: %1</source>
        <translation>Lokales System: %1</translation>
    </message>
    <message>
        <source>Remote system: %1</source>
        <translation>Remote-System: %1</translation>
    </message>
</context>
<context>
    <name>couplet::ConnectionSetupPage</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Save both connections in the workspace file and reconnect (passwords are never written to the file)</source>
        <translation>Beide Verbindungen in der Arbeitsbereichsdatei speichern und neu verbinden (Kennwörter werden nie in die Datei geschrieben)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the changes and show the saved settings</source>
        <translation>Die Änderungen verwerfen und die gespeicherten Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Test Local Connection</source>
        <translation>Lokale Verbindung testen</translation>
    </message>
    <message>
        <source>Test Remote Connection</source>
        <translation>Remote-Verbindung testen</translation>
    </message>
    <message>
        <source>The %1 connection now uses the password in the keychain.</source>
        <translation>Die Verbindung %1 verwendet jetzt das Kennwort im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The new password is used once the running job has finished and the workspace is opened again.</source>
        <translation>Das neue Kennwort wird verwendet, sobald der laufende Posten abgeschlossen ist und der Arbeitsbereich erneut geöffnet wird.</translation>
    </message>
    <message>
        <source>The saved connection settings are shown again.</source>
        <translation>Die gespeicherten Verbindungseinstellungen werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The connection settings were saved.</source>
        <translation>Die Verbindungseinstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Connection Setup</source>
        <translation>Verbindungseinrichtung</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Health Check</source>
        <translation>&amp;Integritätsprüfung</translation>
    </message>
    <message>
        <source>Apply your changes first: the health check uses the saved settings.</source>
        <translation>Übernehmen Sie zuerst Ihre Änderungen: Die Integritätsprüfung verwendet die gespeicherten Einstellungen.</translation>
    </message>
</context>
<context>
    <name>couplet::ConnectionTest</name>
    <message>
        <source>The connection test stopped unexpectedly.</source>
        <translation>Der Verbindungstest wurde unerwartet beendet.</translation>
    </message>
</context>
<context>
    <name>couplet::Connector</name>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Tables (%1): %2</source>
        <translation>Tabellen (%1): %2</translation>
    </message>
    <message>
        <source>Unknown connection kind &quot;%1&quot; for %2; the known kinds are: sql, odata.</source>
        <translation>Unbekannte Verbindungsart „%1“ für %2; bekannte Arten: sql, odata.</translation>
    </message>
</context>
<context>
    <name>couplet::ConsoleSession</name>
    <message>
        <source>Wait until the running job or operation has finished.</source>
        <translation>Warten Sie, bis der laufende Posten oder Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancelled because the workspace&apos;s settings changed; please try again.</source>
        <translation>Abgebrochen, weil sich die Einstellungen des Arbeitsbereichs geändert haben; bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>couplet::ConsoleWorker</name>
    <message>
        <source>The request failed unexpectedly.</source>
        <translation>Die Anforderung ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Choose the mapping of the records to couple.</source>
        <translation>Wählen Sie die Zuordnung der zu koppelnden Datensätze.</translation>
    </message>
    <message>
        <source>Choose the file to export the errors to.</source>
        <translation>Wählen Sie die Datei, in die die Fehler exportiert werden sollen.</translation>
    </message>
    <message>
        <source>Unknown operation.</source>
        <translation>Unbekannter Vorgang.</translation>
    </message>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation>Der Arbeitsbereich enthält keine Zuordnung namens %1</translation>
    </message>
</context>
<context>
    <name>couplet::CoupleDialog</name>
    <message>
        <source>Couple – %1</source>
        <translation>Koppeln – %1</translation>
    </message>
    <message>
        <source>Choose one %1 record and one %2 record to couple. Search by key or by any text field.</source>
        <translation>Wählen Sie einen %1-Datensatz und einen %2-Datensatz zum Koppeln aus. Suchen Sie nach dem Schlüssel oder nach einem beliebigen Textfeld.</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Koppeln</translation>
    </message>
    <message>
        <source>Could not tell which records are coupled: %1</source>
        <translation>Es konnte nicht ermittelt werden, welche Datensätze gekoppelt sind: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>%1 durchsuchen…</translation>
    </message>
    <message>
        <source>Coupled To</source>
        <translation>Gekoppelt mit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the records: %1</source>
        <translation>Die Datensätze konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>There are no records.</source>
        <translation>Es sind keine Datensätze vorhanden.</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>Kein Datensatz entspricht der Suche.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s); search to narrow the list.</source>
        <translation>
            <numerusform>Der erste Datensatz (%n); suchen Sie, um die Liste einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Datensätze; suchen Sie, um die Liste einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Already coupled to %1 %2</source>
        <translation>Bereits gekoppelt mit %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 is already coupled to %3 %4.</source>
        <translation>%1 %2 ist bereits mit %3 %4 gekoppelt.</translation>
    </message>
    <message>
        <source>Couple only links records that are not coupled: delete that coupling first (Delete Coupling), then couple again.</source>
        <translation>„Koppeln“ verknüpft nur Datensätze, die nicht gekoppelt sind: Löschen Sie zuerst diese Kopplung („Kopplung löschen“), und koppeln Sie dann erneut.</translation>
    </message>
    <message>
        <source>Coupling overwrites the mapped fields of %1 %2 with the values of %3 %4.</source>
        <translation>Das Koppeln überschreibt die zugeordneten Felder von %1 %2 mit den Werten von %3 %4.</translation>
    </message>
    <message>
        <source>Coupling makes the two records agree: the mapped fields of the %1 record are overwritten with the values of the %2 record.</source>
        <translation>Das Koppeln gleicht die beiden Datensätze an: Die zugeordneten Felder des %1-Datensatzes werden mit den Werten des %2-Datensatzes überschrieben.</translation>
    </message>
</context>
<context>
    <name>couplet::CoupledDataErrorsModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Local Record</source>
        <translation>Lokaler Datensatz</translation>
    </message>
    <message>
        <source>Integration Record</source>
        <translation>Integrationsdatensatz</translation>
    </message>
    <message>
        <source>Last Result to Integration</source>
        <translation>Letztes Ergebnis an Integration</translation>
    </message>
    <message>
        <source>Last Result from Integration</source>
        <translation>Letztes Ergebnis von Integration</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Failed Since</source>
        <translation>Fehlgeschlagen seit</translation>
    </message>
</context>
<context>
    <name>couplet::CoupledDataErrorsPage</name>
    <message>
        <source>Restore Records</source>
        <translation>Datensätze wiederherstellen</translation>
    </message>
    <message>
        <source>Recreate the deleted row of each selected line from the row left on the other side</source>
        <translation>Den gelöschten Datensatz jeder markierten Zeile aus dem auf der anderen Seite verbliebenen Datensatz neu erstellen</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>Datensätze löschen</translation>
    </message>
    <message>
        <source>Delete the row left after a deletion, and the coupling, for each selected line</source>
        <translation>Für jede markierte Zeile den nach einer Löschung verbliebenen Datensatz und die Kopplung löschen</translation>
    </message>
    <message>
        <source>Find for Deleted</source>
        <translation>Gelöschte suchen</translation>
    </message>
    <message>
        <source>Check every coupling of the chosen mapping (or of all) for rows deleted in %1 or %2</source>
        <translation>Jede Kopplung der gewählten Zuordnung (oder aller Zuordnungen) auf Datensätze prüfen, die in %1 oder %2 gelöscht wurden</translation>
    </message>
    <message>
        <source>Select a line to see its last error in full.</source>
        <translation>Wählen Sie eine Zeile aus, um ihren letzten Fehler vollständig anzuzeigen.</translation>
    </message>
    <message>
        <source>Coupled Data Synchronization Errors</source>
        <translation>Synchronisierungsfehler bei gekoppelten Daten</translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation>%1: %2 ↔ %3</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Last result to %1: %2 · from %1: %3</source>
        <translation>Letztes Ergebnis an %1: %2 · von %1: %3</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Fehlerhaft seit %1</translation>
    </message>
    <message>
        <source>The %1 row was deleted.</source>
        <translation>Der %1-Datensatz wurde gelöscht.</translation>
    </message>
    <message>
        <source>No error message was recorded.</source>
        <translation>Es wurde keine Fehlermeldung aufgezeichnet.</translation>
    </message>
    <message>
        <source>None of the selected lines has a row deleted on one side only. Restore Records recreates such a row from the row left on the other side; use Find for Deleted to look for deleted rows.</source>
        <translation>Keine der markierten Zeilen hat einen nur auf einer Seite gelöschten Datensatz. „Datensätze wiederherstellen“ erstellt einen solchen Datensatz aus dem auf der anderen Seite verbliebenen Datensatz neu; verwenden Sie „Gelöschte suchen“, um nach gelöschten Datensätzen zu suchen.</translation>
    </message>
    <message numerus="yes">
        <source>Recreate the deleted rows of %n coupling(s) in %1 from the rows left in %2?</source>
        <translation>
            <numerusform>Den gelöschten Datensatz von %n Kopplung in %1 aus dem in %2 verbliebenen Datensatz neu erstellen?</numerusform>
            <numerusform>Die gelöschten Datensätze von %n Kopplungen in %1 aus den in %2 verbliebenen Datensätzen neu erstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz wiederhergestellt.</numerusform>
            <numerusform>%n Datensätze wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected lines has a deleted row. Delete Records removes the row left after a deletion on the other side, with its coupling.</source>
        <translation>Keine der markierten Zeilen hat einen gelöschten Datensatz. „Datensätze löschen“ entfernt den Datensatz, der nach einer Löschung auf der anderen Seite verblieben ist, mitsamt seiner Kopplung.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the rows of %n coupling(s) in %1? This cannot be undone.</source>
        <translation>
            <numerusform>Den Datensatz von %n Kopplung in %1 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die Datensätze von %n Kopplungen in %1 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both rows of %n coupling(s) are already gone. Delete the coupling(s)?</source>
        <translation>
            <numerusform>Beide Datensätze von %n Kopplung sind bereits nicht mehr vorhanden. Die Kopplung löschen?</numerusform>
            <numerusform>Beide Datensätze von %n Kopplungen sind bereits nicht mehr vorhanden. Die Kopplungen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the records of %n coupling(s).</source>
        <translation>
            <numerusform>Die Datensätze von %n Kopplung wurden gelöscht.</numerusform>
            <numerusform>Die Datensätze von %n Kopplungen wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>every mapping</source>
        <translation>alle Zuordnungen</translation>
    </message>
    <message>
        <source>Looking for deleted rows in %1…</source>
        <translation>Gelöschte Datensätze werden gesucht (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Find for Deleted (%1) found %n coupling(s) with a newly deleted row.</source>
        <translation>
            <numerusform>„Gelöschte suchen“ (%1) hat %n Kopplung mit einem neu gelöschten Datensatz gefunden.</numerusform>
            <numerusform>„Gelöschte suchen“ (%1) hat %n Kopplungen mit einem neu gelöschten Datensatz gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couplet::CouplingListPage</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Delete Coupling</source>
        <translation>Kopplung löschen</translation>
    </message>
    <message>
        <source>Take the selected lines out of this list; the next synchronization tries them again first</source>
        <translation>Die markierten Zeilen aus dieser Liste nehmen; die nächste Synchronisierung versucht sie zuerst erneut</translation>
    </message>
    <message>
        <source>Synchronize the mappings of the selected lines now</source>
        <translation>Die Zuordnungen der markierten Zeilen jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Remove the link between the rows of the selected lines; the rows themselves stay (Del)</source>
        <translation>Die Verknüpfung zwischen den Datensätzen der markierten Zeilen entfernen; die Datensätze selbst bleiben erhalten (Entf)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be tried again by the next synchronization.</source>
        <translation>
            <numerusform>%n Zeile wird bei der nächsten Synchronisierung erneut versucht.</numerusform>
            <numerusform>%n Zeilen werden bei der nächsten Synchronisierung erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronizing %1…</source>
        <translation>Synchronisierung: %1…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the coupling of %n selected line(s)? The rows themselves stay in %1 and %2, no longer linked.</source>
        <translation>
            <numerusform>Die Kopplung der %n markierten Zeile löschen? Die Datensätze selbst bleiben in %1 und %2 erhalten, sind aber nicht mehr verknüpft.</numerusform>
            <numerusform>Die Kopplungen der %n markierten Zeilen löschen? Die Datensätze selbst bleiben in %1 und %2 erhalten, sind aber nicht mehr verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>%n Kopplung gelöscht.</numerusform>
            <numerusform>%n Kopplungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the list with the search or the mapping filter, then select the lines again.</source>
        <translation>Grenzen Sie die Liste mit der Suche oder dem Filter nach Zuordnung ein, und markieren Sie die Zeilen dann erneut.</translation>
    </message>
</context>
<context>
    <name>couplet::CouplingWork</name>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation>Der Arbeitsbereich enthält keine Zuordnung namens %1</translation>
    </message>
    <message>
        <source>%1 did not confirm the write</source>
        <translation>%1 hat den Schreibvorgang nicht bestätigt</translation>
    </message>
    <message>
        <source>The %1 record %2 changed while you were deciding; review it again</source>
        <translation>Der %1-Datensatz %2 wurde geändert, während Sie Ihre Entscheidung getroffen haben; prüfen Sie ihn erneut</translation>
    </message>
    <message>
        <source>Coupling %1 no longer exists</source>
        <translation>Die Kopplung %1 ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>couplet::CouplingsModel</name>
    <message>
        <source>Local Record</source>
        <translation>Lokaler Datensatz</translation>
    </message>
    <message>
        <source>Integration Record</source>
        <translation>Integrationsdatensatz</translation>
    </message>
    <message>
        <source>Last Synchronized</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Last Result to Integration</source>
        <translation>Letztes Ergebnis an Integration</translation>
    </message>
    <message>
        <source>Last Result from Integration</source>
        <translation>Letztes Ergebnis von Integration</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>couplet::CouplingsPage</name>
    <message>
        <source>Couple…</source>
        <translation>Koppeln…</translation>
    </message>
    <message>
        <source>Couple a record of each system by hand</source>
        <translation>Je einen Datensatz aus beiden Systemen manuell koppeln</translation>
    </message>
    <message>
        <source>Delete Coupling</source>
        <translation>Kopplung löschen</translation>
    </message>
    <message>
        <source>Delete the selected couplings; the records stay in both systems</source>
        <translation>Die markierten Kopplungen löschen; die Datensätze bleiben in beiden Systemen erhalten</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Synchronize the records of this mapping changed since the last run</source>
        <translation>Die seit der letzten Ausführung geänderten Datensätze dieser Zuordnung synchronisieren</translation>
    </message>
    <message>
        <source>Search by key…</source>
        <translation>Nach Schlüssel suchen…</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>%1 (%2 ↔ %3)</source>
        <translation>%1 (%2 ↔ %3)</translation>
    </message>
    <message>
        <source>Coupled %1 with %2.</source>
        <translation>%1 wurde mit %2 gekoppelt.</translation>
    </message>
    <message>
        <source>%1 and %2 were not coupled.</source>
        <translation>%1 und %2 wurden nicht gekoppelt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n coupling(s) of %1?

The records stay in both systems, but they are no longer linked. The next synchronization treats them as new: it couples a record again when its match fields find one, and otherwise inserts it on the other side.</source>
        <translation>
            <numerusform>%n Kopplung von %1 löschen?

Die Datensätze bleiben in beiden Systemen erhalten, sind aber nicht mehr verknüpft. Die nächste Synchronisierung behandelt sie als neu: Sie koppelt einen Datensatz erneut, wenn seine Abgleichsfelder einen passenden finden, und fügt ihn andernfalls auf der anderen Seite ein.</numerusform>
            <numerusform>%n Kopplungen von %1 löschen?

Die Datensätze bleiben in beiden Systemen erhalten, sind aber nicht mehr verknüpft. Die nächste Synchronisierung behandelt sie als neu: Sie koppelt einen Datensatz erneut, wenn seine Abgleichsfelder einen passenden finden, und fügt ihn andernfalls auf der anderen Seite ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>%n Kopplung gelöscht.</numerusform>
            <numerusform>%n Kopplungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronizing %1…</source>
        <translation>Synchronisierung: %1…</translation>
    </message>
    <message>
        <source>Couplings</source>
        <translation>Kopplungen</translation>
    </message>
    <message>
        <source>Narrow the list with the search, then select the lines again.</source>
        <translation>Grenzen Sie die Liste mit der Suche ein, und markieren Sie die Zeilen dann erneut.</translation>
    </message>
</context>
<context>
    <name>couplet::CredentialStore</name>
    <message>
        <source>the state store</source>
        <translation>den Statusspeicher</translation>
    </message>
    <message>
        <source>the %1 connection</source>
        <translation>die Verbindung %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set, or nothing answers at its address)</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt, oder unter dieser Adresse antwortet nichts)</translation>
    </message>
    <message>
        <source>no Secret Service (such as gnome-keyring or KWallet) runs on the D-Bus session bus</source>
        <translation>auf dem D-Bus-Sitzungsbus läuft kein Secret Service (wie gnome-keyring oder KWallet)</translation>
    </message>
    <message>
        <source>No keychain is available: %1. Use an environment variable or a 0600 secret file for headless runs (&quot;secret&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;file&quot;: &quot;path&quot;} in the workspace).</source>
        <translation>Es ist kein Schlüsselbund verfügbar: %1. Verwenden Sie für Ausführungen ohne Desktopsitzung eine Umgebungsvariable oder eine Geheimnisdatei mit Modus 0600 (&quot;secret&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;} oder {&quot;file&quot;: &quot;path&quot;} im Arbeitsbereich).</translation>
    </message>
    <message>
        <source>The keychain could not read the password of %1: %2</source>
        <translation>Der Schlüsselbund konnte das Kennwort für %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The keychain could not store the password of %1: %2</source>
        <translation>Der Schlüsselbund konnte das Kennwort für %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>The keychain could not remove the password of %1: %2</source>
        <translation>Der Schlüsselbund konnte das Kennwort für %1 nicht entfernen: %2</translation>
    </message>
    <message>
        <source>The keychain holds no password for %1 of this workspace.</source>
        <translation>Der Schlüsselbund enthält kein Kennwort für %1 dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Access to the password of %1 was refused at the keychain&apos;s prompt.</source>
        <translation>Der Zugriff auf das Kennwort für %1 wurde in der Abfrage des Schlüsselbunds verweigert.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password of %1; it may be locked. Unlock it (log in to the desktop session or open the keyring) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Kennwort für %1 verweigert; möglicherweise ist er gesperrt. Entsperren Sie ihn (melden Sie sich an der Desktopsitzung an, oder öffnen Sie den Schlüsselbund), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no keychain service was found (%1)</source>
        <translation>es wurde kein Schlüsselbunddienst gefunden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that nobody can see.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; möglicherweise wartet er auf eine Kennwortabfrage, die niemand sehen kann.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; möglicherweise wartet er auf eine Kennwortabfrage, die niemand sehen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1: %2</source>
        <translation>Das Kennwort für %1: %2</translation>
    </message>
</context>
<context>
    <name>couplet::ErrorsModel</name>
    <message>
        <source>Date/Time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Posten</translation>
    </message>
</context>
<context>
    <name>couplet::ErrorsPage</name>
    <message>
        <source>Group by cause</source>
        <translation>Nach Ursache gruppieren</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Retry the couplings of the selected errors&apos; source rows and synchronize their mappings</source>
        <translation>Die Kopplungen der Quelldatensätze der markierten Fehler wiederholen und ihre Zuordnungen synchronisieren</translation>
    </message>
    <message>
        <source>Delete Coupling</source>
        <translation>Kopplung löschen</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the errors the current filter shows</source>
        <translation>Die vom aktuellen Filter angezeigten Fehler exportieren</translation>
    </message>
    <message>
        <source>Delete Entries Older Than 7 Days</source>
        <translation>Einträge älter als 7 Tage löschen</translation>
    </message>
    <message>
        <source>Delete All Entries</source>
        <translation>Alle Einträge löschen</translation>
    </message>
    <message>
        <source>Search messages and keys</source>
        <translation>Meldungen und Schlüssel durchsuchen</translation>
    </message>
    <message>
        <source>All mappings</source>
        <translation>Alle Zuordnungen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>List the causes of the errors with their counts; pick one to see its errors and how to fix them</source>
        <translation>Die Fehlerursachen mit ihrer Anzahl auflisten; wählen Sie eine Ursache aus, um ihre Fehler und deren Behebung anzuzeigen</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Select an error to see its full message, the technical detail and how to fix it.</source>
        <translation>Wählen Sie einen Fehler aus, um seine vollständige Meldung, die technischen Details und die Behebung anzuzeigen.</translation>
    </message>
    <message>
        <source>Showing the errors of job %1. &lt;a href=&quot;#all&quot;&gt;Show all errors&lt;/a&gt;</source>
        <translation>Die Fehler von Posten %1 werden angezeigt. &lt;a href=&quot;#all&quot;&gt;Alle Fehler anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>All causes (%1)</source>
        <translation>Alle Ursachen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n errors selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Fehler markiert.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Fehler markiert.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>The selected errors name no row to synchronize.</source>
        <translation>Die markierten Fehler nennen keinen zu synchronisierenden Datensatz.</translation>
    </message>
    <message numerus="yes">
        <source>%n coupling(s) will be synchronized again.</source>
        <translation>
            <numerusform>%n Kopplung wird erneut synchronisiert.</numerusform>
            <numerusform>%n Kopplungen werden erneut synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected errors name no coupled row.</source>
        <translation>Die markierten Fehler nennen keinen gekoppelten Datensatz.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the couplings of the rows named by %n selected error(s)? The rows themselves stay in both systems; the next synchronization may couple them again or insert new rows.</source>
        <translation>
            <numerusform>Die Kopplungen der Datensätze löschen, die %n markierter Fehler nennt? Die Datensätze selbst bleiben in beiden Systemen erhalten; die nächste Synchronisierung kann sie erneut koppeln oder neue Datensätze einfügen.</numerusform>
            <numerusform>Die Kopplungen der Datensätze löschen, die %n markierte Fehler nennen? Die Datensätze selbst bleiben in beiden Systemen erhalten; die nächste Synchronisierung kann sie erneut koppeln oder neue Datensätze einfügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>%n Kopplung gelöscht.</numerusform>
            <numerusform>%n Kopplungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Errors</source>
        <translation>Fehler exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n error(s) to %1.</source>
        <translation>
            <numerusform>%n Fehler nach %1 exportiert.</numerusform>
            <numerusform>%n Fehler nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors are older than %n day(s).</source>
        <translation>
            <numerusform>Es gibt keine Fehler, die älter als %n Tag sind.</numerusform>
            <numerusform>Es gibt keine Fehler, die älter als %n Tage sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Entries Older Than %n Days</source>
        <translation>
            <numerusform>Einträge älter als %n Tag löschen</numerusform>
            <numerusform>Einträge älter als %n Tage löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n error entry(ies) older than %1 day(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Fehlereintrag löschen, der älter als %1 Tag(e) ist? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Fehlereinträge löschen, die älter als %1 Tag(e) sind? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n error entry(ies).</source>
        <translation>
            <numerusform>%n Fehlereintrag gelöscht.</numerusform>
            <numerusform>%n Fehlereinträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no errors to delete.</source>
        <translation>Es sind keine Fehler zum Löschen vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n error entry(ies), of every mapping? This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Fehlereintrag aller Zuordnungen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n Fehlereinträge aller Zuordnungen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration Synchronization Errors</source>
        <translation>Integrationssynchronisierungsfehler</translation>
    </message>
    <message>
        <source>Selection Too Large</source>
        <translation type="vanished">Auswahl zu groß</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected lines have not been read from the store yet, so the action would not cover them. Narrow the list with the search, the mapping and date filters or a cause, then select the lines again.</source>
        <translation type="vanished">
            <numerusform>%n der markierten Zeilen wurde noch nicht aus dem Statusspeicher gelesen, daher würde die Aktion sie nicht erfassen. Grenzen Sie die Liste mit der Suche, den Filtern nach Zuordnung und Datum oder einer Ursache ein, und markieren Sie die Zeilen dann erneut.</numerusform>
            <numerusform>%n der markierten Zeilen wurden noch nicht aus dem Statusspeicher gelesen, daher würde die Aktion sie nicht erfassen. Grenzen Sie die Liste mit der Suche, den Filtern nach Zuordnung und Datum oder einer Ursache ein, und markieren Sie die Zeilen dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the list with the search, the mapping and date filters or a cause, then select the lines again.</source>
        <translation>Grenzen Sie die Liste mit der Suche, den Filtern nach Zuordnung und Datum oder einer Ursache ein, und markieren Sie die Zeilen dann erneut.</translation>
    </message>
</context>
<context>
    <name>couplet::FieldMappingsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Integration Field Mappings – %1</source>
        <translation>Integrationsfeldzuordnungen – %1</translation>
    </message>
    <message>
        <source>How each field of %1 (%2) and %3 (%4) is synchronized. Field mappings are edited in the workspace file.</source>
        <translation>Wie jedes Feld von %1 (%2) und %3 (%4) synchronisiert wird. Feldzuordnungen werden in der Arbeitsbereichsdatei bearbeitet.</translation>
    </message>
    <message>
        <source>%1 Field</source>
        <translation>%1-Feld</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>Value Map</source>
        <translation>Wertzuordnung</translation>
    </message>
    <message>
        <source>Lookup Through</source>
        <translation>Suche über</translation>
    </message>
    <message>
        <source>Clear on Failed Lookup</source>
        <translation>Bei fehlgeschlagener Suche löschen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
</context>
<context>
    <name>couplet::FieldTransfer</name>
    <message>
        <source>The related record &quot;%1&quot; in field %2 is not coupled through mapping %3, so it cannot be set on the other side.</source>
        <translation>Der verknüpfte Datensatz „%1“ in Feld %2 ist nicht über die Zuordnung %3 gekoppelt und kann daher auf der anderen Seite nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of field %2 has no value mapping to %3.</source>
        <translation>Für den Wert „%1“ von Feld %2 gibt es keine Wertzuordnung zu %3.</translation>
    </message>
</context>
<context>
    <name>couplet::HealthCheck</name>
    <message>
        <source>Not checked: Couplet cannot connect to %1.</source>
        <translation>Nicht geprüft: Couplet kann keine Verbindung mit %1 herstellen.</translation>
    </message>
    <message>
        <source>%1 accepted the credentials.</source>
        <translation>%1 hat die Anmeldeinformationen akzeptiert.</translation>
    </message>
    <message>
        <source>%1 answered, but refused the sign-in.</source>
        <translation>%1 hat geantwortet, aber die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Check the path of the database file of %1 in Connection Setup, and that its folder exists and may be read and written; then choose Test Connection.</source>
        <translation>Prüfen Sie in der Verbindungseinrichtung den Pfad der Datenbankdatei von %1 und ob ihr Ordner vorhanden ist und gelesen und beschrieben werden darf; wählen Sie dann „Verbindung testen“.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the server uses a certificate of your own authority, name its CA file in Connection Setup; otherwise check that the address is the server&apos;s real name.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig. Wenn der Server ein Zertifikat Ihrer eigenen Zertifizierungsstelle verwendet, geben Sie deren CA-Datei in der Verbindungseinrichtung an; prüfen Sie andernfalls, ob die Adresse der tatsächliche Name des Servers ist.</translation>
    </message>
    <message>
        <source>Check the address, port and database name in Connection Setup, that the server is running, and that no firewall or proxy blocks it; then choose Test Connection.</source>
        <translation>Prüfen Sie in der Verbindungseinrichtung Adresse, Port und Datenbanknamen, ob der Server läuft und ob keine Firewall und kein Proxy die Verbindung blockiert; wählen Sie dann „Verbindung testen“.</translation>
    </message>
    <message>
        <source>Couplet cannot connect to %1: %2</source>
        <translation>Couplet kann keine Verbindung mit %1 herstellen: %2</translation>
    </message>
    <message>
        <source>The integration user&apos;s password has expired or must be changed at next sign-in. Sign in once as that user and change the password, then enter the new password for %1 in Connection Setup.</source>
        <translation>Das Kennwort des Integrationsbenutzers ist abgelaufen oder muss bei der nächsten Anmeldung geändert werden. Melden Sie sich einmal als dieser Benutzer an, und ändern Sie das Kennwort; geben Sie dann in der Verbindungseinrichtung das neue Kennwort für %1 ein.</translation>
    </message>
    <message>
        <source>The integration user&apos;s account is disabled or locked. Ask the administrator of %1 to enable it, or enter another integration user in Connection Setup.</source>
        <translation>Das Konto des Integrationsbenutzers ist deaktiviert oder gesperrt. Bitten Sie den Administrator von %1, es zu aktivieren, oder tragen Sie in der Verbindungseinrichtung einen anderen Integrationsbenutzer ein.</translation>
    </message>
    <message>
        <source>The client secret is wrong or has expired. Create a new secret for the app registration if needed, and enter it for %1 in Connection Setup.</source>
        <translation>Der geheime Clientschlüssel ist falsch oder abgelaufen. Erstellen Sie bei Bedarf einen neuen geheimen Schlüssel für die App-Registrierung, und geben Sie ihn in der Verbindungseinrichtung für %1 ein.</translation>
    </message>
    <message>
        <source>The client ID is not known to the directory. Check the client ID and the token address (the tenant) for %1 in Connection Setup.</source>
        <translation>Die Client-ID ist im Verzeichnis nicht bekannt. Prüfen Sie in der Verbindungseinrichtung die Client-ID und die Token-URL (den Mandanten) für %1.</translation>
    </message>
    <message>
        <source>Check the user name of %1 and enter its password or secret again in Connection Setup, then choose Test Connection.</source>
        <translation>Prüfen Sie in der Verbindungseinrichtung den Benutzernamen für %1, geben Sie das Kennwort oder den geheimen Schlüssel erneut ein, und wählen Sie dann „Verbindung testen“.</translation>
    </message>
    <message>
        <source>Couplet could not read the roles of the user it signs in to %1 as: %2</source>
        <translation>Couplet konnte die Rollen des Benutzers, mit dem es sich bei %1 anmeldet, nicht lesen: %2</translation>
    </message>
    <message>
        <source>Allow the integration user to read its own user record and roles.</source>
        <translation>Erlauben Sie dem Integrationsbenutzer, seinen eigenen Benutzerdatensatz und seine Rollen zu lesen.</translation>
    </message>
    <message>
        <source>%1 has no users or roles that Couplet can read.</source>
        <translation>%1 hat keine Benutzer oder Rollen, die Couplet lesen kann.</translation>
    </message>
    <message>
        <source>The integration user %1 of %2 is not an administrator.</source>
        <translation>Der Integrationsbenutzer %1 von %2 ist kein Administrator.</translation>
    </message>
    <message>
        <source>The integration user %1 of %2 is not an administrator (roles: %3).</source>
        <translation>Der Integrationsbenutzer %1 von %2 ist kein Administrator (Rollen: %3).</translation>
    </message>
    <message>
        <source>The integration user %1 of %2 is an administrator (%3).</source>
        <translation>Der Integrationsbenutzer %1 von %2 ist ein Administrator (%3).</translation>
    </message>
    <message>
        <source>Remove the role %1 from %2, and give it only a security role with the privileges the mappings need. Better still, create a dedicated integration user and enter it in Connection Setup.</source>
        <translation>Entfernen Sie die Rolle %1 von %2, und weisen Sie dem Benutzer nur eine Sicherheitsrolle mit den Rechten zu, die die Zuordnungen benötigen. Besser noch: Erstellen Sie einen eigenen Integrationsbenutzer, und tragen Sie ihn in der Verbindungseinrichtung ein.</translation>
    </message>
    <message>
        <source>Create a database user that is not a superuser, grant it only the tables the mappings use, and enter it for %1 in Connection Setup.</source>
        <translation>Erstellen Sie einen Datenbankbenutzer, der kein Superuser ist, erteilen Sie ihm nur Berechtigungen für die Tabellen, die die Zuordnungen verwenden, und tragen Sie ihn in der Verbindungseinrichtung für %1 ein.</translation>
    </message>
    <message>
        <source>Couplet could not read the privileges on %1 in %2: %3</source>
        <translation>Couplet konnte die Rechte für %1 in %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>%1 cannot tell what its user may do with %2.</source>
        <translation>%1 kann nicht angeben, was sein Benutzer mit %2 tun darf.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>The integration user of %1 may not %2 rows of %3, which mapping %4 needs.</source>
        <translation>Der Integrationsbenutzer von %1 darf Zeilen von %3 nicht %2, was die Zuordnung %4 benötigt.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Give the integration user of %1 a security role (or a grant) with the %2 privilege on %3. Do not make it an administrator.</source>
        <translation>Weisen Sie dem Integrationsbenutzer von %1 eine Sicherheitsrolle (oder eine Berechtigung) zu, mit der er Zeilen von %3 %2 darf. Machen Sie ihn nicht zum Administrator.</translation>
    </message>
    <message>
        <source>The integration user of %1 may read and write %2 but not delete rows: Delete Records on the Coupled Data Synchronization Errors page will fail for mapping %3.</source>
        <translation>Der Integrationsbenutzer von %1 darf %2 lesen und schreiben, aber keine Zeilen löschen: „Datensätze löschen“ auf der Seite „Synchronisierungsfehler bei gekoppelten Daten“ schlägt für die Zuordnung %3 fehl.</translation>
    </message>
    <message>
        <source>If administrators should be able to delete coupled records from Couplet, give the integration user the delete privilege on %1.</source>
        <translation>Wenn Administratoren gekoppelte Datensätze aus Couplet heraus löschen können sollen, erteilen Sie dem Integrationsbenutzer das Recht zum Löschen für %1.</translation>
    </message>
    <message>
        <source>The integration user of %1 may read, create and write %2.</source>
        <translation>Der Integrationsbenutzer von %1 darf %2 lesen, erstellen und schreiben.</translation>
    </message>
    <message>
        <source>The integration user of %1 may read %2.</source>
        <translation>Der Integrationsbenutzer von %1 darf %2 lesen.</translation>
    </message>
    <message>
        <source>No mapping holds currencies, so no exchange rate is needed.</source>
        <translation>Keine Zuordnung enthält Währungen, daher wird kein Wechselkurs benötigt.</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Währung %1</translation>
    </message>
    <message>
        <source>Currency %1 has no exchange rate in %2 (%3 is empty).</source>
        <translation>Für die Währung %1 ist in %2 kein Wechselkurs vorhanden (%3 ist leer).</translation>
    </message>
    <message>
        <source>Currency %1 has no valid exchange rate in %2 (%3 is %4).</source>
        <translation>Für die Währung %1 ist in %2 kein gültiger Wechselkurs vorhanden (%3 ist %4).</translation>
    </message>
    <message>
        <source>Open currency %1 in %2 and enter its exchange rate, then synchronize mapping %3 and the records that use the currency.</source>
        <translation>Öffnen Sie die Währung %1 in %2, und geben Sie ihren Wechselkurs ein; synchronisieren Sie dann die Zuordnung %3 und die Datensätze, die die Währung verwenden.</translation>
    </message>
    <message>
        <source>Couplet could not read the currencies of %1 in %2: %3</source>
        <translation>Couplet konnte die Währungen der Zuordnung %1 in %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>%1 more currencies of %2 have no exchange rate in %3.</source>
        <translation>Für %1 weitere Währungen der Zuordnung %2 ist in %3 kein Wechselkurs vorhanden.</translation>
    </message>
    <message>
        <source>Enter the exchange rates of the currencies in %1.</source>
        <translation>Geben Sie die Wechselkurse der Währungen in %1 ein.</translation>
    </message>
    <message>
        <source>All %1 currencies of %2 have an exchange rate in %3.</source>
        <translation>Alle %1 Währungen der Zuordnung %2 haben in %3 einen Wechselkurs.</translation>
    </message>
    <message>
        <source>Couplet could not read the schemas: %1</source>
        <translation>Couplet konnte die Schemas nicht lesen: %1</translation>
    </message>
    <message>
        <source>Mapping %1: %2</source>
        <translation>Zuordnung %1: %2</translation>
    </message>
    <message>
        <source>Correct the name in the mapping (Integration Table Mappings), or add the table or field in %1.</source>
        <translation>Korrigieren Sie den Namen in der Zuordnung (Integrationstabellenzuordnungen), oder fügen Sie die Tabelle oder das Feld in %1 hinzu.</translation>
    </message>
    <message>
        <source>Mapping %1: %2 in %3 holds %4, but %5 in %6 holds %7.</source>
        <translation>Zuordnung %1: %2 in %3 enthält %4, aber %5 in %6 enthält %7.</translation>
    </message>
    <message>
        <source>Map %1 to a field of the same type, or add a value map to the field mapping.</source>
        <translation>Ordnen Sie %1 einem Feld desselben Typs zu, oder fügen Sie der Feldzuordnung eine Wertzuordnung hinzu.</translation>
    </message>
    <message>
        <source>Mapping %1: %2 in %3 holds up to %4 characters, but %5 in %6 only %7; longer values will fail.</source>
        <translation>Zuordnung %1: %2 in %3 enthält bis zu %4 Zeichen, %5 in %6 aber nur %7; längere Werte schlagen fehl.</translation>
    </message>
    <message>
        <source>Lengthen %1 in %2, or shorten the values of %3.</source>
        <translation>Verlängern Sie %1 in %2, oder kürzen Sie die Werte von %3.</translation>
    </message>
    <message>
        <source>Couplet could not read the schema of mapping %1: %2</source>
        <translation>Couplet konnte das Schema der Zuordnung %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The tables and fields of mapping %1 exist on both sides with compatible types.</source>
        <translation>Die Tabellen und Felder der Zuordnung %1 sind auf beiden Seiten mit kompatiblen Typen vorhanden.</translation>
    </message>
    <message>
        <source>No mapping couples records by matching fields.</source>
        <translation>Keine Zuordnung koppelt Datensätze über Abgleichsfelder.</translation>
    </message>
    <message>
        <source>Couplet could not look for duplicates in %1 of %2: %3</source>
        <translation>Couplet konnte in %1 von %2 nicht nach Duplikaten suchen: %3</translation>
    </message>
    <message>
        <source>%1 rows of %2 in %3 share %4 = %5, so match-based coupling of mapping %6 cannot tell them apart.</source>
        <translation>%1 Zeilen von %2 in %3 haben denselben Wert %4 = %5, daher kann die abgleichsbasierte Kopplung der Zuordnung %6 sie nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Remove or merge the duplicates in %1 (keys %2), or match on more fields in mapping %3.</source>
        <translation>Entfernen oder vereinen Sie die Duplikate in %1 (Schlüssel %2), oder gleichen Sie in der Zuordnung %3 über mehr Felder ab.</translation>
    </message>
    <message>
        <source>More rows of %1 in %2 share their %3.</source>
        <translation>Weitere Zeilen von %1 in %2 haben denselben Wert in %3.</translation>
    </message>
    <message>
        <source>Remove the duplicates, or match on more fields in mapping %1.</source>
        <translation>Entfernen Sie die Duplikate, oder gleichen Sie in der Zuordnung %1 über mehr Felder ab.</translation>
    </message>
    <message>
        <source>%1 rows of %2 in %3 have no value in %4; match-based coupling of mapping %5 cannot match them and will create them again on the other side.</source>
        <translation>%1 Zeilen von %2 in %3 haben keinen Wert in %4; die abgleichsbasierte Kopplung der Zuordnung %5 kann sie nicht abgleichen und erstellt sie auf der anderen Seite erneut.</translation>
    </message>
    <message>
        <source>Fill in %1 in those rows of %2.</source>
        <translation>Füllen Sie %1 in diesen Zeilen von %2 aus.</translation>
    </message>
    <message>
        <source>Every row of %1 in %2 has its own %3.</source>
        <translation>Jede Zeile von %1 in %2 hat einen eigenen Wert in %3.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administratorkonto</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Duplicates and keys</source>
        <translation>Duplikate und Schlüssel</translation>
    </message>
    <message>
        <source>Health check &quot;%1&quot; on %2.</source>
        <translation>Integritätsprüfung „%1“ für %2.</translation>
    </message>
</context>
<context>
    <name>couplet::HealthCheckPanel</name>
    <message>
        <source>&amp;Run Health Check</source>
        <translation>Integritätsprüfung &amp;ausführen</translation>
    </message>
    <message>
        <source>Check both systems with the saved settings, in the background</source>
        <translation>Beide Systeme im Hintergrund mit den gespeicherten Einstellungen prüfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Select a result to see what was found and how to fix it.</source>
        <translation>Wählen Sie ein Ergebnis aus, um anzuzeigen, was gefunden wurde und wie es behoben wird.</translation>
    </message>
    <message>
        <source>The health check can run when the running job or operation has finished.</source>
        <translation>Die Integritätsprüfung kann ausgeführt werden, sobald der laufende Posten oder Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Running the health check…</source>
        <translation>Die Integritätsprüfung wird ausgeführt…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation>Wird geprüft: %1…</translation>
    </message>
    <message>
        <source>The health check connects to both systems with the saved settings and checks the integration user&apos;s account and privileges, the exchange rates, the mapped tables and fields, and the fields that match records. It changes no record; the problems it finds are also written to the Integration Synchronization Errors.</source>
        <translation>Die Integritätsprüfung verbindet sich mit den gespeicherten Einstellungen mit beiden Systemen und prüft das Konto und die Rechte des Integrationsbenutzers, die Wechselkurse, die zugeordneten Tabellen und Felder sowie die Felder, über die Datensätze abgeglichen werden. Sie ändert keinen Datensatz; die gefundenen Probleme werden außerdem auf der Seite „Integrationssynchronisierungsfehler“ protokolliert.</translation>
    </message>
    <message>
        <source>Last run %1: the health check could not run: %2</source>
        <translation>Letzte Ausführung %1: Die Integritätsprüfung konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <source>Last run %1: %2.</source>
        <translation>Letzte Ausführung %1: %2.</translation>
    </message>
    <message>
        <source>Integration Synchronization Errors</source>
        <translation>Integrationssynchronisierungsfehler</translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s) written to the %1.</source>
        <translation>
            <numerusform>%n neues Problem wurde auf der Seite %1 protokolliert.</numerusform>
            <numerusform>%n neue Probleme wurden auf der Seite %1 protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The problems are listed on the %1 already.</source>
        <translation>Die Probleme sind bereits auf der Seite %1 aufgeführt.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a line under it to see what was found and how to fix it.</source>
        <translation>Wählen Sie eine Zeile darunter aus, um anzuzeigen, was gefunden wurde und wie es behoben wird.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>&amp;Go to Mapping %1</source>
        <translation>&amp;Zur Zuordnung %1 wechseln</translation>
    </message>
    <message>
        <source>&amp;Go to the %1 Connection</source>
        <translation>&amp;Zur Verbindung %1 wechseln</translation>
    </message>
    <message>
        <source>&amp;Open the Record in %1</source>
        <translation>Datensatz in %1 &amp;öffnen</translation>
    </message>
    <message>
        <source>Show mapping %1 on the Integration Table Mappings page</source>
        <translation>Die Zuordnung %1 auf der Seite „Integrationstabellenzuordnungen“ anzeigen</translation>
    </message>
    <message>
        <source>Show the settings of the %1 connection</source>
        <translation>Die Einstellungen der Verbindung %1 anzeigen</translation>
    </message>
    <message>
        <source>Show %1 %2 as it is now in %3</source>
        <translation>%1 %2 so anzeigen, wie der Datensatz jetzt in %3 ist</translation>
    </message>
</context>
<context>
    <name>couplet::Inspector</name>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation>Der Arbeitsbereich enthält keine Zuordnung namens %1</translation>
    </message>
    <message>
        <source>Coupling %1 no longer exists</source>
        <translation>Die Kopplung %1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Mapping %1 has no %2 table %3; its %2 table is %4</source>
        <translation>Die Zuordnung %1 hat keine %2-Tabelle %3; ihre %2-Tabelle ist %4</translation>
    </message>
    <message>
        <source>No key was given for the %1 row</source>
        <translation>Für den %1-Datensatz wurde kein Schlüssel angegeben</translation>
    </message>
</context>
<context>
    <name>couplet::JobsModel</name>
    <message>
        <source>Start Date/Time</source>
        <translation>Startdatum/-uhrzeit</translation>
    </message>
    <message>
        <source>Finish Date/Time</source>
        <translation>Enddatum/-uhrzeit</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Started By</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <source>Uncoupled</source>
        <translation>Entkoppelt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>couplet::JobsPage</name>
    <message>
        <source>Show Errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <source>Show the errors of the selected job (or double-click its Failed count)</source>
        <translation>Die Fehler des markierten Postens anzeigen (oder auf seine Anzahl „Fehlgeschlagen“ doppelklicken)</translation>
    </message>
    <message>
        <source>Delete Entries Older Than 7 Days</source>
        <translation>Einträge älter als 7 Tage löschen</translation>
    </message>
    <message>
        <source>Delete All Entries</source>
        <translation>Alle Einträge löschen</translation>
    </message>
    <message>
        <source>All mappings</source>
        <translation>Alle Zuordnungen</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message numerus="yes">
        <source>No jobs are older than %n day(s).</source>
        <translation>
            <numerusform>Es gibt keine Posten, die älter als %n Tag sind.</numerusform>
            <numerusform>Es gibt keine Posten, die älter als %n Tage sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Entries Older Than %n Days</source>
        <translation>
            <numerusform>Einträge älter als %n Tag löschen</numerusform>
            <numerusform>Einträge älter als %n Tage löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job entry(ies) older than %1 day(s)? Their errors stay on the errors page.</source>
        <translation>
            <numerusform>%n Posten löschen, der älter als %1 Tag(e) ist? Seine Fehler bleiben auf der Fehlerseite erhalten.</numerusform>
            <numerusform>%n Posten löschen, die älter als %1 Tag(e) sind? Ihre Fehler bleiben auf der Fehlerseite erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job entry(ies).</source>
        <translation>
            <numerusform>%n Posten gelöscht.</numerusform>
            <numerusform>%n Posten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no job entries to delete.</source>
        <translation>Es sind keine Posten zum Löschen vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n job entry(ies), of every mapping? Their errors stay on the errors page.</source>
        <translation>
            <numerusform>Den %n Posten aller Zuordnungen löschen? Seine Fehler bleiben auf der Fehlerseite erhalten.</numerusform>
            <numerusform>Alle %n Posten aller Zuordnungen löschen? Ihre Fehler bleiben auf der Fehlerseite erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration Synchronization Jobs</source>
        <translation>Integrationssynchronisierungsposten</translation>
    </message>
</context>
<context>
    <name>couplet::MainWindow</name>
    <message>
        <source>Couplet</source>
        <translation>Couplet</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Synchronize Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Synchronize the chosen mappings now (F9)</source>
        <translation>Die gewählten Zuordnungen jetzt synchronisieren (F9)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running job at the next row; it is saved as Cancelled</source>
        <translation>Den laufenden Posten beim nächsten Datensatz anhalten; er wird als „Abgebrochen“ gespeichert</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Synchronization</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Couplet</source>
        <translation>&amp;Über Couplet</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Mappings:</source>
        <translation>Zuordnungen:</translation>
    </message>
    <message>
        <source>What Synchronize Now runs: all mappings in order, or one</source>
        <translation>Was „Jetzt synchronisieren“ ausführt: alle Zuordnungen nacheinander oder eine einzelne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Troubleshooting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problembehandlung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Errors and skipped records per mapping. Click a count to open its page for that mapping.</source>
        <translation>Fehler und übersprungene Datensätze pro Zuordnung. Klicken Sie auf eine Anzahl, um die zugehörige Seite für diese Zuordnung zu öffnen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace is open&lt;/h2&gt;&lt;p&gt;Open a workspace file (&lt;i&gt;*.couplet.json&lt;/i&gt;) with &lt;b&gt;File → Open Workspace&lt;/b&gt;, or try Couplet on the demo workspace with &lt;b&gt;File → Open Demo Workspace&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Arbeitsbereich geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine Arbeitsbereichsdatei (&lt;i&gt;*.couplet.json&lt;/i&gt;) mit &lt;b&gt;Datei → Arbeitsbereich öffnen&lt;/b&gt;, oder probieren Sie Couplet mit dem Demo-Arbeitsbereich aus: &lt;b&gt;Datei → Demo-Arbeitsbereich öffnen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Correct the file and open it again.</source>
        <translation>
            <numerusform>%1 enthält %n Problem. Korrigieren Sie die Datei, und öffnen Sie sie erneut.</numerusform>
            <numerusform>%1 enthält %n Probleme. Korrigieren Sie die Datei, und öffnen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some passwords could not be read</source>
        <translation>Einige Kennwörter konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Scheduled synchronization of %1…</source>
        <translation>Geplante Synchronisierung: %1…</translation>
    </message>
    <message>
        <source>all mappings</source>
        <translation>alle Zuordnungen</translation>
    </message>
    <message>
        <source>Synchronizing %1…</source>
        <translation>Synchronisierung: %1…</translation>
    </message>
    <message>
        <source>%1 — Couplet</source>
        <translation>%1 — Couplet</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Creating the demo workspace in %1…</source>
        <translation>Der Demo-Arbeitsbereich wird in %1 erstellt…</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Der Demo-Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>All mappings</source>
        <translation>Alle Zuordnungen</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Couplet workspaces (*.couplet.json);;All files (*)</source>
        <translation>Couplet-Arbeitsbereiche (*.couplet.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>Synchronizing %1: %2 of %3 rows</source>
        <translation>Synchronisierung von %1: %2 von %3 Datensätzen</translation>
    </message>
    <message>
        <source>Synchronization cancelled; the work done so far is saved.</source>
        <translation>Synchronisierung abgebrochen; die bis dahin erledigte Arbeit ist gespeichert.</translation>
    </message>
    <message>
        <source>Synchronization finished: %1 row(s) changed, %2 failed, %3 skipped. See the error pages.</source>
        <translation>Synchronisierung abgeschlossen: geänderte Datensätze: %1, fehlgeschlagen: %2, übersprungen: %3. Siehe Fehlerseiten.</translation>
    </message>
    <message numerus="yes">
        <source>Synchronization finished: %n row(s) changed.</source>
        <translation>
            <numerusform>Synchronisierung abgeschlossen: %n Datensatz geändert.</numerusform>
            <numerusform>Synchronisierung abgeschlossen: %n Datensätze geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronization failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>About Couplet</source>
        <translation>Über Couplet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Couplet %1&lt;/h3&gt;&lt;p&gt;Keeps records in two systems in sync and helps administrators troubleshoot that synchronization.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Couplet %1&lt;/h3&gt;&lt;p&gt;Hält Datensätze in zwei Systemen synchron und unterstützt Administratoren bei der Problembehandlung dieser Synchronisierung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation>Gekoppelte Daten</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Integration Synchronization Errors of the mapping</source>
        <translation>Integrationssynchronisierungsfehler der Zuordnung</translation>
    </message>
    <message>
        <source>Coupled Data Synchronization Errors of the mapping</source>
        <translation>Synchronisierungsfehler bei gekoppelten Daten der Zuordnung</translation>
    </message>
    <message>
        <source>Skipped Synch. Records of the mapping</source>
        <translation>Übersprungene Synch.-Datensätze der Zuordnung</translation>
    </message>
    <message>
        <source>Reading the passwords of %1 from the keychain…</source>
        <translation>Die Kennwörter für %1 werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>%1

The workspace is open, but what needs these passwords fails until they can be read.</source>
        <translation>%1

Der Arbeitsbereich ist geöffnet, aber alles, was diese Kennwörter benötigt, schlägt fehl, bis sie gelesen werden können.</translation>
    </message>
    <message>
        <source>%1 does not exist any more. It was moved or deleted, and has been removed from the recent workspaces.</source>
        <translation>%1 existiert nicht mehr. Die Datei wurde verschoben oder gelöscht und aus den zuletzt geöffneten Arbeitsbereichen entfernt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>couplet::MappingFilterBar</name>
    <message>
        <source>Show the lines of one mapping only</source>
        <translation>Nur die Zeilen einer Zuordnung anzeigen</translation>
    </message>
    <message>
        <source>Local or integration key</source>
        <translation>Lokaler Schlüssel oder Integrationsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>All mappings</source>
        <translation>Alle Zuordnungen</translation>
    </message>
</context>
<context>
    <name>couplet::MappingsModel</name>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Every %1 min, backs off up to %2 min</source>
        <translation>Alle %1 Min., bei Leerlauf bis %2 Min.</translation>
    </message>
    <message>
        <source>Record level</source>
        <translation>Datensatzebene</translation>
    </message>
    <message>
        <source>Field level</source>
        <translation>Feldebene</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Table Filters</source>
        <translation>Tabellenfilter</translation>
    </message>
    <message>
        <source>Synch. Modified On Filter</source>
        <translation>Synch.-Filter „Geändert am“</translation>
    </message>
    <message>
        <source>Synch. Int. Tbl. Mod. On Fltr.</source>
        <translation>Synch.-Filter „Int.-Tab. geändert am“</translation>
    </message>
    <message>
        <source>Deletion Conflict Resolution</source>
        <translation>Löschkonfliktlösung</translation>
    </message>
    <message>
        <source>Update Conflict Resolution</source>
        <translation>Aktualisierungskonfliktlösung</translation>
    </message>
    <message>
        <source>Conflict Detection</source>
        <translation>Konflikterkennung</translation>
    </message>
    <message>
        <source>Synch. Only Coupled Records</source>
        <translation>Nur gekoppelte Datensätze synchronisieren</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Couplings</source>
        <translation>Kopplungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Coupled Data Errors</source>
        <translation>Fehler bei gekoppelten Daten</translation>
    </message>
    <message>
        <source>Skipped Records</source>
        <translation>Übersprungene Datensätze</translation>
    </message>
</context>
<context>
    <name>couplet::MappingsPage</name>
    <message>
        <source>Run every</source>
        <translation>Ausführen alle</translation>
    </message>
    <message>
        <source>Back off up to</source>
        <translation>Bei Leerlauf bis maximal</translation>
    </message>
    <message>
        <source>The field mapping %1 is set to &quot;%2&quot;, which a mapping set to &quot;%3&quot; cannot run. Keep the direction, or change that field mapping in the workspace file first.</source>
        <translation>Die Feldzuordnung %1 ist auf „%2“ eingestellt, was eine auf „%3“ eingestellte Zuordnung nicht ausführen kann. Behalten Sie die Richtung bei, oder ändern Sie zuerst diese Feldzuordnung in der Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Field mapping %1</source>
        <translation>Feldzuordnung %1</translation>
    </message>
    <message>
        <source>Synchronize Modified Records</source>
        <translation>Geänderte Datensätze synchronisieren</translation>
    </message>
    <message>
        <source>Synchronize the records changed since the last run of the selected mappings</source>
        <translation>Die seit der letzten Ausführung geänderten Datensätze der markierten Zuordnungen synchronisieren</translation>
    </message>
    <message>
        <source>Run Full Synchronization</source>
        <translation>Vollständige Synchronisierung ausführen</translation>
    </message>
    <message>
        <source>Clear the &quot;changes since&quot; marks and synchronize every record of the selected mappings</source>
        <translation>Die Markierungen „Änderungen seit“ löschen und jeden Datensatz der markierten Zuordnungen synchronisieren</translation>
    </message>
    <message>
        <source>Delete Couplings</source>
        <translation>Kopplungen löschen</translation>
    </message>
    <message>
        <source>Delete every coupling of the selected mappings; the records stay</source>
        <translation>Alle Kopplungen der markierten Zuordnungen löschen; die Datensätze bleiben erhalten</translation>
    </message>
    <message>
        <source>Match-Based Coupling…</source>
        <translation>Abgleichsbasierte Kopplung…</translation>
    </message>
    <message>
        <source>Choose the fields that couple records whose values are equal</source>
        <translation>Die Felder wählen, über die Datensätze mit gleichen Werten gekoppelt werden</translation>
    </message>
    <message>
        <source>Field Mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>Show the field mappings of the current mapping</source>
        <translation>Die Feldzuordnungen der aktuellen Zuordnung anzeigen</translation>
    </message>
    <message>
        <source>Synchronizing the modified records of %1…</source>
        <translation>Geänderte Datensätze von %1 werden synchronisiert…</translation>
    </message>
    <message>
        <source>Synchronize every record of %1?

The &quot;changes since&quot; marks are cleared, so all records on both sides are read and compared, not only the modified ones. Couplings are kept. On large tables this takes a while.</source>
        <translation>Jeden Datensatz von %1 synchronisieren?

Die Markierungen „Änderungen seit“ werden gelöscht, daher werden alle Datensätze auf beiden Seiten gelesen und verglichen, nicht nur die geänderten. Die Kopplungen bleiben erhalten. Bei großen Tabellen dauert dies eine Weile.</translation>
    </message>
    <message>
        <source>Cleared the marks of %1; synchronizing every record…</source>
        <translation>Die Markierungen von %1 wurden gelöscht; alle Datensätze werden synchronisiert…</translation>
    </message>
    <message>
        <source>%1 has no couplings.</source>
        <translation>%1 hat keine Kopplungen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n coupling(s) of %1?</source>
        <translation>
            <numerusform>Die %n Kopplung von %1 löschen?</numerusform>
            <numerusform>Alle %n Kopplungen von %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all couplings of %1?</source>
        <translation>Alle Kopplungen von %1 löschen?</translation>
    </message>
    <message>
        <source>

The records stay in both systems, but they are no longer linked. The next synchronization treats them as new: it couples a record again when its match fields find one, and otherwise inserts it on the other side.</source>
        <translation>

Die Datensätze bleiben in beiden Systemen erhalten, sind aber nicht mehr verknüpft. Die nächste Synchronisierung behandelt sie als neu: Sie koppelt einen Datensatz erneut, wenn seine Abgleichsfelder einen passenden finden, und fügt ihn andernfalls auf der anderen Seite ein.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>%n Kopplung gelöscht.</numerusform>
            <numerusform>%n Kopplungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match-Based Coupling</source>
        <translation>Abgleichsbasierte Kopplung</translation>
    </message>
    <message>
        <source>The match fields were not saved.</source>
        <translation>Die Abgleichsfelder wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 no longer couples by matching.</source>
        <translation>%1 koppelt nicht mehr per Abgleich.</translation>
    </message>
    <message>
        <source>%1 couples by matching %2.</source>
        <translation>%1 koppelt per Abgleich von %2.</translation>
    </message>
    <message>
        <source>Couple the records of %1 now?

A full synchronization reads every record. A record that is not coupled yet is coupled to the record on the other side whose %2 are equal, or inserted there when none matches.</source>
        <translation>Die Datensätze von %1 jetzt koppeln?

Eine vollständige Synchronisierung liest jeden Datensatz. Ein noch nicht gekoppelter Datensatz wird mit dem Datensatz auf der anderen Seite gekoppelt, bei dem %2 übereinstimmen, oder dort eingefügt, wenn keiner passt.</translation>
    </message>
    <message>
        <source>The changes to %1 were not applied.</source>
        <translation>Die Änderungen an %1 wurden nicht übernommen.</translation>
    </message>
    <message>
        <source>Field level</source>
        <translation>Feldebene</translation>
    </message>
    <message>
        <source>Record level</source>
        <translation>Datensatzebene</translation>
    </message>
    <message>
        <source>No mapping selected</source>
        <translation>Keine Zuordnung ausgewählt</translation>
    </message>
    <message>
        <source>%1: %2 (%3) ↔ %4 (%5)</source>
        <translation>%1: %2 (%3) ↔ %4 (%5)</translation>
    </message>
    <message>
        <source>None (every record)</source>
        <translation>Keine (alle Datensätze)</translation>
    </message>
    <message>
        <source>None (uncoupled records are inserted)</source>
        <translation>Keine (nicht gekoppelte Datensätze werden eingefügt)</translation>
    </message>
    <message>
        <source>Wait until the running job or operation has finished.</source>
        <translation>Warten Sie, bis der laufende Posten oder Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Save the changes to the workspace file.</source>
        <translation>Die Änderungen in der Arbeitsbereichsdatei speichern.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved the settings of %1.</source>
        <translation>Die Einstellungen von %1 wurden gespeichert.</translation>
    </message>
    <message>
        <source>Integration Table Mappings</source>
        <translation>Integrationstabellenzuordnungen</translation>
    </message>
</context>
<context>
    <name>couplet::MatchCouplingDialog</name>
    <message>
        <source>Match-Based Coupling – %1</source>
        <translation>Abgleichsbasierte Kopplung – %1</translation>
    </message>
    <message>
        <source>A %1 record that is not coupled yet is coupled to the %2 record whose values of all the checked fields are equal. Check fields that identify a record, such as a number, a code or an e-mail address. With no field checked, uncoupled records are inserted on the other side.</source>
        <translation>Ein noch nicht gekoppelter %1-Datensatz wird mit dem %2-Datensatz gekoppelt, bei dem die Werte aller aktivierten Felder übereinstimmen. Aktivieren Sie Felder, die einen Datensatz identifizieren, zum Beispiel eine Nummer, einen Code oder eine E-Mail-Adresse. Ist kein Feld aktiviert, werden nicht gekoppelte Datensätze auf der anderen Seite eingefügt.</translation>
    </message>
    <message>
        <source>%1 Field</source>
        <translation>%1-Feld</translation>
    </message>
    <message>
        <source>Synch. Only Coupled Records is set for %1, so synchronization leaves uncoupled records alone and matching couples nothing. Clear it in the mapping first.</source>
        <translation>„Nur gekoppelte Datensätze synchronisieren“ ist für %1 aktiviert, daher lässt die Synchronisierung nicht gekoppelte Datensätze unberührt, und der Abgleich koppelt nichts. Deaktivieren Sie die Option zuerst in der Zuordnung.</translation>
    </message>
    <message>
        <source>Save Match Fields</source>
        <translation>Abgleichsfelder speichern</translation>
    </message>
</context>
<context>
    <name>couplet::OdataConnector</name>
    <message>
        <source>insert</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>The connection %1 is not set up completely.</source>
        <translation>Die Verbindung %1 ist nicht vollständig eingerichtet.</translation>
    </message>
    <message>
        <source>%1 was opened in another thread; it can only be used by the thread that opened it.</source>
        <translation>%1 wurde in einem anderen Thread geöffnet; die Verbindung kann nur von dem Thread verwendet werden, der sie geöffnet hat.</translation>
    </message>
    <message>
        <source>Dataverse %1</source>
        <translation>Dataverse %1</translation>
    </message>
    <message>
        <source>OData %1</source>
        <translation>OData %1</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>WhoAmI</source>
        <translation>WhoAmI</translation>
    </message>
    <message>
        <source>%1 answered, but WhoAmI named no user.</source>
        <translation>%1 hat geantwortet, aber WhoAmI hat keinen Benutzer genannt.</translation>
    </message>
    <message>
        <source>Connected to %1 as user %2.</source>
        <translation>Verbunden mit %1 als Benutzer %2.</translation>
    </message>
    <message>
        <source>Organization %1, business unit %2.</source>
        <translation>Organisation %1, Unternehmenseinheit %2.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Entity sets (%1): %2</source>
        <translation>Entitätenmengen (%1): %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (%2).</source>
        <translation>%1 hat die Anmeldeinformationen abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The integration user may not read %1 in %2: %3</source>
        <translation>Der Integrationsbenutzer darf %1 in %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>In %1 gibt es %2 nicht.</translation>
    </message>
    <message>
        <source>%1 refused the request for %2: %3</source>
        <translation>%1 hat die Anforderung für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>the JSON does not parse: %1 at offset %2 of %3 bytes</source>
        <translation>das JSON kann nicht geparst werden: %1 bei Offset %2 von %3 Bytes</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 gave a malformed answer for %2.</source>
        <translation>%1 hat für %2 eine fehlerhafte Antwort geliefert.</translation>
    </message>
    <message>
        <source>%1 gave an answer for %2 without rows.</source>
        <translation>%1 hat für %2 eine Antwort ohne Datensätze geliefert.</translation>
    </message>
    <message>
        <source>The JSON has no &quot;value&quot; array.</source>
        <translation>Das JSON enthält kein Array &quot;value&quot;.</translation>
    </message>
    <message>
        <source>%1 gave an answer for %2 that is not a list of rows.</source>
        <translation>%1 hat für %2 eine Antwort geliefert, die keine Liste von Datensätzen ist.</translation>
    </message>
    <message>
        <source>An element of &quot;value&quot; is not an object.</source>
        <translation>Ein Element von &quot;value&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 gave a row of %2 without its key %3.</source>
        <translation>%1 hat für %2 einen Datensatz ohne seinen Schlüssel %3 geliefert.</translation>
    </message>
    <message>
        <source>The key property is missing, empty, or neither text nor a number.</source>
        <translation>Die Schlüsseleigenschaft fehlt, ist leer oder ist weder Text noch eine Zahl.</translation>
    </message>
    <message>
        <source>%1 gave the row %2 of %3 a modified stamp that is not a date-time.</source>
        <translation>%1 hat für %3 den Datensatz %2 mit einem Änderungszeitstempel geliefert, der kein Datums-/Uhrzeitwert ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sent a next page link for %2 that goes nowhere.</source>
        <translation>%1 hat für %2 einen Link zur nächsten Seite gesendet, der ins Leere führt.</translation>
    </message>
    <message>
        <source>the service description ($metadata)</source>
        <translation>die Dienstbeschreibung ($metadata)</translation>
    </message>
    <message>
        <source>%1 gave a service description ($metadata) that cannot be read.</source>
        <translation>%1 hat eine Dienstbeschreibung ($metadata) geliefert, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>the changed rows of %1</source>
        <translation>die geänderten Datensätze von %1</translation>
    </message>
    <message>
        <source>the number of changed rows of %1</source>
        <translation>die Anzahl der geänderten Datensätze von %1</translation>
    </message>
    <message>
        <source>%1 gave an answer for %2 without a count.</source>
        <translation>%1 hat für %2 eine Antwort ohne Anzahl geliefert.</translation>
    </message>
    <message>
        <source>The JSON has no whole number &quot;@odata.count&quot;.</source>
        <translation>Das JSON enthält keine ganze Zahl &quot;@odata.count&quot;.</translation>
    </message>
    <message>
        <source>rows of %1 by key</source>
        <translation>die Datensätze von %1 nach Schlüssel</translation>
    </message>
    <message>
        <source>matching rows of %1</source>
        <translation>die passenden Datensätze von %1</translation>
    </message>
    <message>
        <source>rows of %1</source>
        <translation>die Datensätze von %1</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the key is not a valid %4.</source>
        <translation>Der %2-Datensatz %3 kann nicht %1 werden: Der Schlüssel ist keine gültige %4.</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the value &quot;%4&quot; does not fit the property %5.</source>
        <translation>Der %2-Datensatz %3 kann nicht %1 werden: Der Wert „%4“ passt nicht zur Eigenschaft %5.</translation>
    </message>
    <message>
        <source>%1 is of type %2.</source>
        <translation>%1 hat den Typ %2.</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the value of %4 is longer than %5 characters.</source>
        <translation>Der %2-Datensatz %3 kann nicht %1 werden: Der Wert von %4 ist länger als %5 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3 in %4: %5</source>
        <translation>Der %2-Datensatz %3 in %4 kann nicht %1 werden: %5</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3 in %4: the server&apos;s answer was incomplete.</source>
        <translation>Der %2-Datensatz %3 in %4 kann nicht %1 werden: Die Antwort des Servers war unvollständig.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates of %1 from %2.</source>
        <translation>Die CA-Zertifikate für %1 können nicht aus %2 gelesen werden.</translation>
    </message>
    <message>
        <source>The file must exist and hold PEM certificates.</source>
        <translation>Die Datei muss vorhanden sein und PEM-Zertifikate enthalten.</translation>
    </message>
    <message>
        <source>%1 is not available: it answered %2 %3 times in a row.</source>
        <translation>%1 ist nicht verfügbar: Der Dienst hat %3-mal nacheinander mit %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds (%3 attempts).</source>
        <translation type="vanished">%1 hat nicht innerhalb von %2 Sekunden geantwortet (%3 Versuche).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>The sign-in to %1 was refused (HTTP %2).</source>
        <translation>Die Anmeldung bei %1 wurde abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The token endpoint of %1 gave an answer that is not a token.</source>
        <translation>Der Tokenendpunkt von %1 hat eine Antwort geliefert, die kein Token ist.</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation>Das JSON kann nicht geparst werden: %1</translation>
    </message>
    <message>
        <source>The answer has no access_token.</source>
        <translation>Die Antwort enthält kein access_token.</translation>
    </message>
    <message>
        <source>The integration user&apos;s password has expired or must be changed at next sign-in.</source>
        <translation>Das Kennwort des Integrationsbenutzers ist abgelaufen oder muss bei der nächsten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>The integration user&apos;s account is disabled.</source>
        <translation>Das Konto des Integrationsbenutzers ist deaktiviert.</translation>
    </message>
    <message>
        <source>The client secret is not valid for this application; check the secret or create a new one.</source>
        <translation>Der geheime Clientschlüssel ist für diese Anwendung nicht gültig; prüfen Sie den geheimen Clientschlüssel, oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>The application (client id) is not known to the directory; check the client id and the tenant.</source>
        <translation>Die Anwendung (Client-ID) ist im Verzeichnis nicht bekannt; prüfen Sie die Client-ID und den Mandanten.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Der Benutzername oder das Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>the integration user (systemusers)</source>
        <translation>den Integrationsbenutzer (systemusers)</translation>
    </message>
    <message>
        <source>the security roles of the integration user</source>
        <translation>die Sicherheitsrollen des Integrationsbenutzers</translation>
    </message>
    <message>
        <source>the privileges of the integration user (RetrieveUserPrivileges)</source>
        <translation>die Rechte des Integrationsbenutzers (RetrieveUserPrivileges)</translation>
    </message>
    <message>
        <source>%1 gave an answer for %2 without privileges.</source>
        <translation>%1 hat für %2 eine Antwort ohne Rechte geliefert.</translation>
    </message>
    <message>
        <source>The JSON has no &quot;RolePrivileges&quot; array.</source>
        <translation>Das JSON enthält kein Array &quot;RolePrivileges&quot;.</translation>
    </message>
    <message>
        <source>%1 has no entity set %2.</source>
        <translation>%1 hat keine Entitätenmenge %2.</translation>
    </message>
    <message>
        <source>The integration user has none of %1.</source>
        <translation>Der Integrationsbenutzer hat keines der Rechte %1.</translation>
    </message>
    <message>
        <source>The integration user lacks %1; it has %2.</source>
        <translation>Dem Integrationsbenutzer fehlt %1; er hat %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n attempt(s)).</source>
        <translation>
            <numerusform>(%n Versuch).</numerusform>
            <numerusform>(%n Versuche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot %1 the %2 row %3 in %4: the service throttled the request (HTTP %5) %n time(s) in a row: %6</source>
        <translation>
            <numerusform>Der %2-Datensatz %3 in %4 kann nicht %1 werden: Der Dienst hat die Anfrage %n Mal hintereinander gedrosselt (HTTP %5): %6</numerusform>
            <numerusform>Der %2-Datensatz %3 in %4 kann nicht %1 werden: Der Dienst hat die Anfrage %n Mal hintereinander gedrosselt (HTTP %5): %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the connection to %4 failed while writing it: %5</source>
        <translation>Der %2-Datensatz %3 kann nicht %1 werden: Die Verbindung zu %4 ist beim Schreiben abgebrochen: %5</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: it was not sent, since the connection to %4 failed while writing earlier rows: %5</source>
        <translation>Der %2-Datensatz %3 kann nicht %1 werden: Er wurde nicht gesendet, weil die Verbindung zu %4 beim Schreiben früherer Datensätze abgebrochen ist: %5</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the value &quot;%4&quot; of the lookup %5 is no key of %6.</source>
        <translation>Der %2-Datensatz %3 kann nicht %1 werden: Der Wert „%4“ des Nachschlagefelds %5 ist kein Schlüssel von %6.</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: %4</source>
        <translation>Der %2-Datensatz %3 kann nicht %1 werden: %4</translation>
    </message>
</context>
<context>
    <name>couplet::OdataMetadata</name>
    <message>
        <source>the lookup %1 of %2 can point to more than one table (%3); name the one to write in the connection&apos;s option &quot;lookups&quot;: {&quot;%2&quot;: {&quot;%1&quot;: &quot;&lt;entity set&gt;&quot;}}</source>
        <translation>das Nachschlagefeld %1 von %2 kann auf mehr als eine Tabelle verweisen (%3); nennen Sie die zu schreibende in der Option &quot;lookups&quot; der Verbindung: {&quot;%2&quot;: {&quot;%1&quot;: &quot;&lt;Entitätenmenge&gt;&quot;}}</translation>
    </message>
    <message>
        <source>the option &quot;lookups&quot; names a target for %1 of %2, but no navigation property of %2 sets %1 in the service&apos;s $metadata</source>
        <translation>die Option &quot;lookups&quot; nennt ein Ziel für %1 von %2, aber laut $metadata des Dienstes setzt keine Navigationseigenschaft von %2 das Feld %1</translation>
    </message>
    <message>
        <source>the navigation property %1 of %2 points to %3, which is not one entity set; name the entity set in the option &quot;lookups&quot; instead</source>
        <translation>die Navigationseigenschaft %1 von %2 verweist auf %3, das keine einzelne Entitätenmenge ist; nennen Sie stattdessen die Entitätenmenge in der Option &quot;lookups&quot;</translation>
    </message>
    <message>
        <source>the option &quot;lookups&quot; names %1 as the target of %2 of %3, which is neither an entity set of the service nor a navigation property of %3; possible: %4</source>
        <translation>die Option &quot;lookups&quot; nennt %1 als Ziel von %2 von %3, doch das ist weder eine Entitätenmenge des Dienstes noch eine Navigationseigenschaft von %3; möglich: %4</translation>
    </message>
    <message>
        <source>the lookup %1 of %2 cannot point to %3; possible: %4</source>
        <translation>das Nachschlagefeld %1 von %2 kann nicht auf %3 verweisen; möglich: %4</translation>
    </message>
    <message>
        <source>more than one navigation property of %1 sets %2 to a row of %3; name the navigation property in the option &quot;lookups&quot; instead</source>
        <translation>mehr als eine Navigationseigenschaft von %1 setzt %2 auf einen Datensatz von %3; nennen Sie stattdessen die Navigationseigenschaft in der Option &quot;lookups&quot;</translation>
    </message>
</context>
<context>
    <name>couplet::OdataSettings</name>
    <message>
        <source>expected a string</source>
        <translation>Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected an http or https address</source>
        <translation>http- oder https-Adresse erwartet</translation>
    </message>
    <message>
        <source>unknown option; the options of an odata connection are: %1</source>
        <translation>unbekannte Option; die Optionen einer odata-Verbindung sind: %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: dataverse, generic</source>
        <translation>unbekannter Wert „%1“; zulässig: dataverse, generic</translation>
    </message>
    <message>
        <source>required: the organisation&apos;s address, such as https://contoso.crm.dynamics.com</source>
        <translation>erforderlich: die Adresse der Organisation, zum Beispiel https://contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <source>required: the address of the OData service</source>
        <translation>erforderlich: die Adresse des OData-Diensts</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: none, basic, oauth2</source>
        <translation>unbekannter Wert „%1“; zulässig: none, basic, oauth2</translation>
    </message>
    <message>
        <source>required with &quot;auth&quot;: &quot;oauth2&quot;</source>
        <translation>erforderlich bei &quot;auth&quot;: &quot;oauth2&quot;</translation>
    </message>
    <message>
        <source>required with &quot;auth&quot;: &quot;oauth2&quot; (or the connection&apos;s &quot;user&quot;)</source>
        <translation>erforderlich bei &quot;auth&quot;: &quot;oauth2&quot; (oder &quot;user&quot; der Verbindung)</translation>
    </message>
    <message>
        <source>&quot;auth&quot;: &quot;basic&quot; needs the connection&apos;s &quot;user&quot;</source>
        <translation>&quot;auth&quot;: &quot;basic&quot; erfordert &quot;user&quot; der Verbindung</translation>
    </message>
    <message>
        <source>expected an array of names</source>
        <translation>Array von Namen erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an object of entity set -&gt; {lookup property: target entity set}</source>
        <translation>Objekt aus Entitätenmenge -&gt; {Nachschlagefeld: Ziel-Entitätenmenge} erwartet</translation>
    </message>
    <message>
        <source>expected an object of lookup property -&gt; target entity set</source>
        <translation>Objekt aus Nachschlagefeld -&gt; Ziel-Entitätenmenge erwartet</translation>
    </message>
    <message>
        <source>expected the name of the target entity set or of the navigation property</source>
        <translation>Name der Ziel-Entitätenmenge oder der Navigationseigenschaft erwartet</translation>
    </message>
    <message>
        <source>has no effect with &quot;bindLookups&quot;: false; lookups are then written as plain properties</source>
        <translation>hat mit &quot;bindLookups&quot;: false keine Wirkung; Nachschlagefelder werden dann als einfache Eigenschaften geschrieben</translation>
    </message>
</context>
<context>
    <name>couplet::Page</name>
    <message>
        <source>Some lines failed</source>
        <translation>Einige Zeilen sind fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be processed. Each one is logged on the Integration Synchronization Errors page.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht verarbeitet werden. Sie ist auf der Seite „Integrationssynchronisierungsfehler“ protokolliert.</numerusform>
            <numerusform>%n Zeilen konnten nicht verarbeitet werden. Jede ist auf der Seite „Integrationssynchronisierungsfehler“ protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation>Der Vorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot count the entries</source>
        <translation>Die Einträge können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Selection Too Large</source>
        <translation>Auswahl zu groß</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected lines have not been read from the store yet, so the action would not cover them.</source>
        <translation>
            <numerusform>%n der markierten Zeilen wurde noch nicht aus dem Statusspeicher gelesen, daher würde die Aktion sie nicht erfassen.</numerusform>
            <numerusform>%n der markierten Zeilen wurden noch nicht aus dem Statusspeicher gelesen, daher würde die Aktion sie nicht erfassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couplet::RecordLinkDelegate</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Click to open the row as it is now.</source>
        <translation>Klicken Sie, um den Datensatz im aktuellen Zustand zu öffnen.</translation>
    </message>
</context>
<context>
    <name>couplet::RecordViewDialog</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Modified on:</source>
        <translation>Geändert am:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation>Kopplung</translation>
    </message>
    <message>
        <source>Coupled with:</source>
        <translation>Gekoppelt mit:</translation>
    </message>
    <message>
        <source>Last synchronized:</source>
        <translation>Zuletzt synchronisiert:</translation>
    </message>
    <message>
        <source>Last result %1 → %2:</source>
        <translation>Letztes Ergebnis %1 → %2:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Recent Errors</source>
        <translation>Letzte Fehler</translation>
    </message>
    <message>
        <source>No errors were logged for this row.</source>
        <translation>Für diesen Datensatz wurden keine Fehler protokolliert.</translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>Der Arbeitsbereich ist geschlossen.</translation>
    </message>
    <message>
        <source>Reading the row from %1…</source>
        <translation>Der Datensatz wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>As it is now in %1, read at %2.</source>
        <translation>Aktueller Stand in %1, gelesen: %2.</translation>
    </message>
    <message>
        <source>This row no longer exists in %1.</source>
        <translation>Dieser Datensatz ist in %1 nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The row could not be read: %1</source>
        <translation>Der Datensatz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>This row is not coupled in mapping %1.</source>
        <translation>Dieser Datensatz ist in der Zuordnung %1 nicht gekoppelt.</translation>
    </message>
    <message>
        <source>No row in %1 yet.</source>
        <translation>Noch kein Datensatz in %1.</translation>
    </message>
    <message>
        <source>%1 in %2 (deleted)</source>
        <translation>%1 in %2 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Open this row as it is now in %1.</source>
        <translation>Diesen Datensatz im aktuellen Zustand in %1 öffnen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>Ja — %1</translation>
    </message>
    <message>
        <source>%1 (failing since %2)</source>
        <translation>%1 (fehlerhaft seit %2)</translation>
    </message>
    <message>
        <source>Recent Errors (%1)</source>
        <translation>Letzte Fehler (%1)</translation>
    </message>
</context>
<context>
    <name>couplet::SkippedRecordsModel</name>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Local Record</source>
        <translation>Lokaler Datensatz</translation>
    </message>
    <message>
        <source>Integration Record</source>
        <translation>Integrationsdatensatz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last Synchronized</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>couplet::SkippedRecordsPage</name>
    <message>
        <source>Keep Local</source>
        <translation>Lokale Änderungen behalten</translation>
    </message>
    <message>
        <source>Write the %1 values of the selected lines to %2 and stop skipping them</source>
        <translation>Die %1-Werte der markierten Zeilen in %2 schreiben und die Zeilen nicht mehr überspringen</translation>
    </message>
    <message>
        <source>Keep Remote</source>
        <translation>Remote-Änderungen behalten</translation>
    </message>
    <message>
        <source>Apply Field Choices</source>
        <translation>Feldauswahl übernehmen</translation>
    </message>
    <message>
        <source>Merge: for each field, write the value of the side chosen in the Keep column below to both systems</source>
        <translation>Zusammenführen: Für jedes Feld den Wert der Seite, die unten in der Spalte „Behalten“ gewählt ist, in beide Systeme schreiben</translation>
    </message>
    <message>
        <source>Retry All</source>
        <translation>Alle wiederholen</translation>
    </message>
    <message>
        <source>Take every skipped record of the chosen mapping (or of all) out of this list; the next synchronization tries them again</source>
        <translation>Alle übersprungenen Datensätze der gewählten Zuordnung (oder aller Zuordnungen) aus dieser Liste nehmen; die nächste Synchronisierung versucht sie erneut</translation>
    </message>
    <message>
        <source>Skipped Synch. Records</source>
        <translation>Übersprungene Synch.-Datensätze</translation>
    </message>
    <message numerus="yes">
        <source>Kept the %1 values of %n record(s).</source>
        <translation>
            <numerusform>Die %1-Werte von %n Datensatz wurden behalten.</numerusform>
            <numerusform>Die %1-Werte von %n Datensätzen wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the Deletion</source>
        <translation>Löschung beibehalten</translation>
    </message>
    <message numerus="yes">
        <source>The %1 row of %n selected line(s) was deleted. Keeping the %1 side deletes the row left in %2 as well. This cannot be undone. Continue?</source>
        <translation>
            <numerusform>Der %1-Datensatz der %n markierten Zeile wurde gelöscht. Wenn Sie die %1-Seite behalten, wird auch der in %2 verbliebene Datensatz gelöscht. Dies kann nicht rückgängig gemacht werden. Fortfahren?</numerusform>
            <numerusform>Die %1-Datensätze der %n markierten Zeilen wurden gelöscht. Wenn Sie die %1-Seite behalten, werden auch die in %2 verbliebenen Datensätze gelöscht. Dies kann nicht rückgängig gemacht werden. Fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>A deleted row cannot be merged field by field. Use Keep Local or Keep Remote for these lines.</source>
        <translation>Ein gelöschter Datensatz kann nicht feldweise zusammengeführt werden. Verwenden Sie für diese Zeilen „Lokale Änderungen behalten“ oder „Remote-Änderungen behalten“.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n record(s) field by field.</source>
        <translation>
            <numerusform>%n Datensatz feldweise zusammengeführt.</numerusform>
            <numerusform>%n Datensätze feldweise zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a deleted row were left alone.</source>
        <translation>
            <numerusform>%n Zeile mit einem gelöschten Datensatz wurde nicht geändert.</numerusform>
            <numerusform>%n Zeilen mit einem gelöschten Datensatz wurden nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation>Der Vorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Some lines failed</source>
        <translation>Einige Zeilen sind fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be processed. Each one is logged on the Integration Synchronization Errors page.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht verarbeitet werden. Sie ist auf der Seite „Integrationssynchronisierungsfehler“ protokolliert.</numerusform>
            <numerusform>%n Zeilen konnten nicht verarbeitet werden. Jede ist auf der Seite „Integrationssynchronisierungsfehler“ protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no skipped records to retry.</source>
        <translation>Es sind keine übersprungenen Datensätze zum Wiederholen vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Retry all %n skipped record(s) of every mapping? They leave this list and the next synchronization tries them again; a conflict that is still there is skipped again.</source>
        <translation>
            <numerusform>Den %n übersprungenen Datensatz aller Zuordnungen wiederholen? Er wird aus dieser Liste entfernt, und die nächste Synchronisierung versucht ihn erneut; ein weiterhin bestehender Konflikt wird erneut übersprungen.</numerusform>
            <numerusform>Alle %n übersprungenen Datensätze aller Zuordnungen wiederholen? Sie werden aus dieser Liste entfernt, und die nächste Synchronisierung versucht sie erneut; ein weiterhin bestehender Konflikt wird erneut übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry all %n skipped record(s) of %1? They leave this list and the next synchronization tries them again; a conflict that is still there is skipped again.</source>
        <translation>
            <numerusform>Den %n übersprungenen Datensatz von %1 wiederholen? Er wird aus dieser Liste entfernt, und die nächste Synchronisierung versucht ihn erneut; ein weiterhin bestehender Konflikt wird erneut übersprungen.</numerusform>
            <numerusform>Alle %n übersprungenen Datensätze von %1 wiederholen? Sie werden aus dieser Liste entfernt, und die nächste Synchronisierung versucht sie erneut; ein weiterhin bestehender Konflikt wird erneut übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped record(s) will be tried again by the next synchronization.</source>
        <translation>
            <numerusform>%n übersprungener Datensatz wird bei der nächsten Synchronisierung erneut versucht.</numerusform>
            <numerusform>%n übersprungene Datensätze werden bei der nächsten Synchronisierung erneut versucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couplet::SqlConnector</name>
    <message>
        <source>Cannot open %1: the Qt Sql driver %2 is not installed.</source>
        <translation>%1 kann nicht geöffnet werden: Der Qt-Sql-Treiber %2 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Available drivers: %1</source>
        <translation>Verfügbare Treiber: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 was opened in another thread; its connection can only be used by the thread that opened it.</source>
        <translation>%1 wurde in einem anderen Thread geöffnet; die Verbindung kann nur von dem Thread verwendet werden, der sie geöffnet hat.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Cannot read table %1 from %2 with the filter &quot;%3&quot;: %4</source>
        <translation>Die Tabelle %1 kann nicht mit dem Filter „%3“ aus %2 gelesen werden: %4</translation>
    </message>
    <message>
        <source>Cannot read table %1 from %2: %3</source>
        <translation>Die Tabelle %1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot write to table %1 in %2: %3</source>
        <translation>In die Tabelle %1 in %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Cannot write row &quot;%1&quot; to table %2: %3</source>
        <translation>Die Zeile „%1“ kann nicht in die Tabelle %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Unknown write operation.</source>
        <translation>Unbekannter Schreibvorgang.</translation>
    </message>
    <message>
        <source>Cannot insert a row into table %1: the row has no key and the table does not generate keys.</source>
        <translation>In die Tabelle %1 kann keine Zeile eingefügt werden: Die Zeile hat keinen Schlüssel, und die Tabelle generiert keine Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot insert a row into table %1: %2</source>
        <translation>In die Tabelle %1 kann keine Zeile eingefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot insert row &quot;%1&quot; into table %2: %3</source>
        <translation>Die Zeile „%1“ kann nicht in die Tabelle %2 eingefügt werden: %3</translation>
    </message>
    <message>
        <source>Cannot update row &quot;%1&quot; in table %2: &quot;%3&quot; is not a valid ETag.</source>
        <translation>Die Zeile „%1“ in der Tabelle %2 kann nicht aktualisiert werden: „%3“ ist kein gültiges ETag.</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>Cannot update row &quot;%1&quot; in table %2: %3</source>
        <translation>Die Zeile „%1“ in der Tabelle %2 kann nicht aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot delete row &quot;%1&quot; from table %2: &quot;%3&quot; is not a valid ETag.</source>
        <translation>Die Zeile „%1“ kann nicht aus der Tabelle %2 gelöscht werden: „%3“ ist kein gültiges ETag.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Cannot delete row &quot;%1&quot; from table %2: %3</source>
        <translation>Die Zeile „%1“ kann nicht aus der Tabelle %2 gelöscht werden: %3</translation>
    </message>
    <message>
        <source>Cannot %1 row &quot;%2&quot; in table %3: it was changed after it was read.</source>
        <translation>Die Zeile „%2“ in der Tabelle %3 kann nicht %1 werden: Sie wurde nach dem Lesen geändert.</translation>
    </message>
    <message>
        <source>Cannot %1 row &quot;%2&quot; in table %3: the row does not exist.</source>
        <translation>Die Zeile „%2“ in der Tabelle %3 kann nicht %1 werden: Die Zeile ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Cannot %1 row &quot;%2&quot; in table %3.</source>
        <translation>Die Zeile „%2“ in der Tabelle %3 kann nicht %1 werden.</translation>
    </message>
    <message>
        <source>Cannot read the role of the user signed in to %1: %2</source>
        <translation>Die Rolle des bei %1 angemeldeten Benutzers kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <source>The database file is open for writing.</source>
        <translation>Die Datenbankdatei ist zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The database file is opened read-only (QSQLITE_OPEN_READONLY).</source>
        <translation>Die Datenbankdatei ist schreibgeschützt geöffnet (QSQLITE_OPEN_READONLY).</translation>
    </message>
    <message>
        <source>The connection is query-only.</source>
        <translation>Die Verbindung ist nur für Abfragen zugelassen (query_only).</translation>
    </message>
    <message>
        <source>The database file is not writable.</source>
        <translation>Die Datenbankdatei ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot read the privileges on table %1 in %2: %3</source>
        <translation>Die Rechte für die Tabelle %1 in %2 können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>No privilege on table %1.</source>
        <translation>Keine Rechte für die Tabelle %1.</translation>
    </message>
    <message>
        <source>Privileges on table %1: %2</source>
        <translation>Rechte für die Tabelle %1: %2</translation>
    </message>
</context>
<context>
    <name>couplet::StateStore</name>
    <message>
        <source>The state store must be SQLite or PostgreSQL, not %1</source>
        <translation>Der Statusspeicher muss SQLite oder PostgreSQL sein, nicht %1</translation>
    </message>
    <message>
        <source>Cannot set up the state store %1</source>
        <translation>Der Statusspeicher %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot read the high-water mark of mapping %1</source>
        <translation>Die Markierung „Änderungen seit“ der Zuordnung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the high-water mark of mapping %1</source>
        <translation>Die Markierung „Änderungen seit“ der Zuordnung %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot clear the high-water marks of mapping %1</source>
        <translation>Die Markierungen „Änderungen seit“ der Zuordnung %1 können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read coupling %1</source>
        <translation>Die Kopplung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the couplings of mapping %1</source>
        <translation>Die Kopplungen der Zuordnung %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot delete couplings</source>
        <translation>Kopplungen können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot delete the couplings of mapping %1</source>
        <translation>Die Kopplungen der Zuordnung %1 können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the failed couplings of mapping %1</source>
        <translation>Die fehlgeschlagenen Kopplungen der Zuordnung %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the list of couplings</source>
        <translation>Die Liste der Kopplungen kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count the couplings</source>
        <translation>Die Kopplungen können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot save the job of mapping %1</source>
        <translation>Der Posten der Zuordnung %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The job has no start time.</source>
        <translation>Der Posten hat keine Startzeit.</translation>
    </message>
    <message>
        <source>Cannot read job %1</source>
        <translation>Der Posten %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the list of jobs</source>
        <translation>Die Liste der Posten kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count the jobs</source>
        <translation>Die Posten können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot delete old jobs</source>
        <translation>Alte Posten können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot delete the jobs</source>
        <translation>Die Posten können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot log an error of mapping %1</source>
        <translation>Ein Fehler der Zuordnung %1 kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>The error has no time.</source>
        <translation>Der Fehler hat keinen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Cannot read the list of errors</source>
        <translation>Die Liste der Fehler kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the errors of %1</source>
        <translation>Die Fehler von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count the errors</source>
        <translation>Die Fehler können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot count the errors by cause</source>
        <translation>Die Fehler können nicht nach Ursache gezählt werden</translation>
    </message>
    <message>
        <source>Cannot delete old errors</source>
        <translation>Alte Fehler können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot delete the errors</source>
        <translation>Die Fehler können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot delete errors</source>
        <translation>Fehler können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot record the inserts of mapping %1</source>
        <translation>Die Einfügungen der Zuordnung %1 können nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot remove journal entry %1</source>
        <translation>Der Journaleintrag %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot read the insert journal of mapping %1</source>
        <translation>Das Einfügejournal der Zuordnung %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>couplet::StateStore::Private</name>
    <message>
        <source>The database driver %1 for the state store is not available</source>
        <translation>Der Datenbanktreiber %1 für den Statusspeicher ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot open the state store %1</source>
        <translation>Der Statusspeicher %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot set up the state store %1</source>
        <translation>Der Statusspeicher %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The state store is not open</source>
        <translation>Der Statusspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The state store was used from a thread that did not open it</source>
        <translation>Der Statusspeicher wurde von einem Thread verwendet, der ihn nicht geöffnet hat</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the state store</source>
        <translation>Die Schemaversion des Statusspeichers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The state store %1 was made by a newer version of Couplet</source>
        <translation>Der Statusspeicher %1 wurde von einer neueren Version von Couplet erstellt</translation>
    </message>
    <message>
        <source>Its schema is version %1; this version knows up to %2.</source>
        <translation>Sein Schema hat die Version %1; diese Version kennt Schemas bis Version %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade the state store %1</source>
        <translation>Der Statusspeicher %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot start a transaction in the state store</source>
        <translation>Im Statusspeicher kann keine Transaktion gestartet werden</translation>
    </message>
    <message>
        <source>There is no transaction to commit in the state store</source>
        <translation>Im Statusspeicher gibt es keine Transaktion zum Festschreiben</translation>
    </message>
    <message>
        <source>Cannot roll back a transaction in the state store</source>
        <translation>Eine Transaktion im Statusspeicher kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The changes were not saved: part of them was rolled back</source>
        <translation>Die Änderungen wurden nicht gespeichert: Ein Teil davon wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>Cannot save the changes to the state store</source>
        <translation>Die Änderungen können nicht im Statusspeicher gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the couplings of mapping %1 (local key &quot;%2&quot;, remote key &quot;%3&quot;)</source>
        <translation>Die Kopplungen der Zuordnung %1 können nicht gespeichert werden (lokaler Schlüssel „%2“, Remote-Schlüssel „%3“)</translation>
    </message>
    <message>
        <source>Cannot save the couplings of mapping %1</source>
        <translation>Die Kopplungen der Zuordnung %1 können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 of %2 rows were inserted.</source>
        <translation>%1 von %2 Zeilen wurden eingefügt.</translation>
    </message>
</context>
<context>
    <name>couplet::SyncEngine</name>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation>Der Arbeitsbereich enthält keine Zuordnung namens %1</translation>
    </message>
    <message>
        <source>Cancelled by the administrator</source>
        <translation>Vom Administrator abgebrochen</translation>
    </message>
</context>
<context>
    <name>couplet::SyncEngine::Pass</name>
    <message>
        <source>The %1 record %2 changed again while it was being synchronized</source>
        <translation>Der %1-Datensatz %2 wurde während der Synchronisierung erneut geändert</translation>
    </message>
    <message>
        <source>More than one %1 record matches %2 %3 on the match-based coupling fields, so it cannot be coupled</source>
        <translation>Mehr als ein %1-Datensatz entspricht %2 %3 in den Feldern der abgleichsbasierten Kopplung, daher kann er nicht gekoppelt werden</translation>
    </message>
    <message>
        <source>The %1 record in %2 coupled to %3 %4 has been deleted</source>
        <translation>Der mit %3 %4 gekoppelte %1-Datensatz in %2 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists. Restore it from the %3 record, delete the %3 record, or delete the coupling.</source>
        <translation>%1 %2 ist nicht mehr vorhanden. Stellen Sie den Datensatz aus dem %3-Datensatz wieder her, löschen Sie den %3-Datensatz, oder löschen Sie die Kopplung.</translation>
    </message>
    <message>
        <source>The %1 record %2 in %3 coupled to %4 %5 has been deleted</source>
        <translation>Der mit %4 %5 gekoppelte %1-Datensatz %2 in %3 wurde gelöscht</translation>
    </message>
    <message>
        <source>Cannot update the %1 record because it has a later modified date than the %2 record</source>
        <translation>Der %1-Datensatz kann nicht aktualisiert werden, weil er ein späteres Änderungsdatum als der %2-Datensatz hat</translation>
    </message>
    <message>
        <source>%1 %2 and %3 %4 were both changed since the last synchronization. Fields changed on both sides: %5.</source>
        <translation>%1 %2 und %3 %4 wurden beide seit der letzten Synchronisierung geändert. Auf beiden Seiten geänderte Felder: %5.</translation>
    </message>
    <message>
        <source>(record-level detection)</source>
        <translation>(Erkennung auf Datensatzebene)</translation>
    </message>
    <message>
        <source>%1 answered %2 results for %3 writes</source>
        <translation>%1 hat %2 Ergebnisse für %3 Schreibvorgänge zurückgegeben</translation>
    </message>
</context>
<context>
    <name>couplet::WorkspaceFile</name>
    <message>
        <source>The environment variable %1, which holds the password, is not set or empty.</source>
        <translation>Die Umgebungsvariable %1, die das Kennwort enthält, ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>The secret file %1 does not exist.</source>
        <translation>Die Geheimnisdatei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The secret file %1 has mode %2; it must be readable by its owner only (mode 0600: chmod 600 %1).</source>
        <translation>Die Geheimnisdatei %1 hat den Modus %2; sie darf nur für ihren Besitzer lesbar sein (Modus 0600: chmod 600 %1).</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>Die Geheimnisdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>This password is kept in the keychain; it is read through the credential store.</source>
        <translation>Dieses Kennwort wird im Schlüsselbund aufbewahrt; es wird über den Anmeldeinformationsspeicher gelesen.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a date/time</source>
        <translation>Datums-/Uhrzeitwerte</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>boolesche Werte</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; does not exist in table %2</source>
        <translation>Spalte „%1“ ist in Tabelle %2 nicht vorhanden</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist</source>
        <translation>Tabelle „%1“ ist nicht vorhanden</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; in table %2 holds %3; it must hold a timestamp</source>
        <translation>Spalte „%1“ in Tabelle %2 enthält %3; sie muss einen Zeitstempel enthalten</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; in table %2 does not accept empty values, so a failed lookup cannot clear it</source>
        <translation>Spalte „%1“ in Tabelle %2 akzeptiert keine leeren Werte, daher kann eine fehlgeschlagene Suche sie nicht leeren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, but column &quot;%2&quot; in table %3 holds numbers</source>
        <translation>„%1“ ist keine Zahl, aber Spalte „%2“ in Tabelle %3 enthält Zahlen</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; in table %2 holds %3, but the keys of mapping %4 (column &quot;%5&quot; in table %6) are %7</source>
        <translation>Spalte „%1“ in Tabelle %2 enthält %3, aber die Schlüssel der Zuordnung %4 (Spalte „%5“ in Tabelle %6) sind %7</translation>
    </message>
    <message>
        <source>secrets are never stored in the workspace; use &quot;secret&quot;: &quot;keychain&quot;, {&quot;env&quot;: NAME} or {&quot;file&quot;: PATH}</source>
        <translation>Geheimnisse werden nie im Arbeitsbereich gespeichert; verwenden Sie &quot;secret&quot;: &quot;keychain&quot;, {&quot;env&quot;: NAME} oder {&quot;file&quot;: PATH}</translation>
    </message>
    <message>
        <source>unknown key; the allowed keys are: %1</source>
        <translation>unbekannter Schlüssel; zulässige Schlüssel: %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation>unbekannter Wert „%1“; zulässig: %2</translation>
    </message>
    <message>
        <source>expected the number %1</source>
        <translation>Zahl %1 erwartet</translation>
    </message>
    <message>
        <source>unsupported version %1; this Couplet reads version %2</source>
        <translation>nicht unterstützte Version %1; diese Couplet-Version liest Version %2</translation>
    </message>
    <message>
        <source>give exactly one of &quot;env&quot; or &quot;file&quot;</source>
        <translation>geben Sie genau eines von &quot;env&quot; oder &quot;file&quot; an</translation>
    </message>
    <message>
        <source>name the environment variable</source>
        <translation>geben Sie die Umgebungsvariable an</translation>
    </message>
    <message>
        <source>name the file</source>
        <translation>geben Sie die Datei an</translation>
    </message>
    <message>
        <source>expected a pair [local, remote]</source>
        <translation>Paar [local, remote] erwartet</translation>
    </message>
    <message>
        <source>expected 1 to %1 minutes; leave &quot;schedule&quot; out for a mapping that only runs when started</source>
        <translation>1 bis %1 Minuten erwartet; lassen Sie &quot;schedule&quot; bei einer Zuordnung weg, die nur beim Starten ausgeführt wird</translation>
    </message>
    <message>
        <source>only the local and remote connections have records to open</source>
        <translation>nur die lokale und die Remote-Verbindung haben Datensätze, die geöffnet werden können</translation>
    </message>
    <message>
        <source>expected an http or https address with the placeholder {key} (and optionally {table}), such as https://crm.example.com/main.aspx?etn={table}&amp;id={key}</source>
        <translation>http- oder https-Adresse mit dem Platzhalter {key} (und optional {table}) erwartet, zum Beispiel https://crm.example.com/main.aspx?etn={table}&amp;id={key}</translation>
    </message>
    <message>
        <source>unknown Qt Sql driver &quot;%1&quot;; allowed: %2</source>
        <translation>unbekannter Qt-Sql-Treiber „%1“; zulässig: %2</translation>
    </message>
    <message>
        <source>duplicate mapping name &quot;%1&quot; (also mappings[%2])</source>
        <translation>doppelter Zuordnungsname „%1“ (auch mappings[%2])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the local column of a mapped field</source>
        <translation>„%1“ ist nicht die lokale Spalte eines zugeordneten Felds</translation>
    </message>
    <message>
        <source>expected 1 to %1 minutes</source>
        <translation>1 bis %1 Minuten erwartet</translation>
    </message>
    <message>
        <source>must be at least the interval (%1 minutes)</source>
        <translation>muss mindestens dem Intervall entsprechen (%1 Minuten)</translation>
    </message>
    <message>
        <source>a field needs &quot;local&quot;, &quot;remote&quot; or both</source>
        <translation>ein Feld benötigt &quot;local&quot;, &quot;remote&quot; oder beides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a mapping whose direction is &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ist in einer Zuordnung mit der Richtung &quot;%2&quot; nicht zulässig</translation>
    </message>
    <message>
        <source>required: a field without &quot;constant&quot; maps a local column to a remote property</source>
        <translation>erforderlich: Ein Feld ohne &quot;constant&quot; ordnet eine lokale Spalte einer Remote-Eigenschaft zu</translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot; does not exist</source>
        <translation>Zuordnung „%1“ ist nicht vorhanden</translation>
    </message>
    <message>
        <source>a field cannot have both &quot;valueMap&quot; and &quot;lookup&quot;</source>
        <translation>ein Feld kann nicht sowohl &quot;valueMap&quot; als auch &quot;lookup&quot; haben</translation>
    </message>
    <message>
        <source>only applies to a field with &quot;lookup&quot;</source>
        <translation>gilt nur für ein Feld mit &quot;lookup&quot;</translation>
    </message>
    <message>
        <source>a constant has no source column; remove &quot;local&quot;</source>
        <translation>eine Konstante hat keine Quellspalte; entfernen Sie &quot;local&quot;</translation>
    </message>
    <message>
        <source>a constant has no source column; remove &quot;remote&quot;</source>
        <translation>eine Konstante hat keine Quellspalte; entfernen Sie &quot;remote&quot;</translation>
    </message>
    <message>
        <source>a constant is written to one column; give only &quot;local&quot; or only &quot;remote&quot;</source>
        <translation>eine Konstante wird in eine einzige Spalte geschrieben; geben Sie nur &quot;local&quot; oder nur &quot;remote&quot; an</translation>
    </message>
    <message>
        <source>a constant for the remote property &quot;%1&quot; is written &quot;toRemote&quot;</source>
        <translation>eine Konstante für die Remote-Eigenschaft „%1“ wird mit &quot;toRemote&quot; geschrieben</translation>
    </message>
    <message>
        <source>a constant for the local column &quot;%1&quot; is written &quot;fromRemote&quot;</source>
        <translation>eine Konstante für die lokale Spalte „%1“ wird mit &quot;fromRemote&quot; geschrieben</translation>
    </message>
    <message>
        <source>a constant cannot also have &quot;valueMap&quot; or &quot;lookup&quot;</source>
        <translation>eine Konstante kann nicht zusätzlich &quot;valueMap&quot; oder &quot;lookup&quot; haben</translation>
    </message>
    <message>
        <source>lookup cycle: %1</source>
        <translation>Zyklus in Suchen (lookup): %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object</source>
        <translation>%1 muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>an odata connection has no &quot;%1&quot;; its address is &quot;options.url&quot; or &quot;options.serviceRoot&quot;</source>
        <translation>eine odata-Verbindung hat kein &quot;%1&quot;; ihre Adresse steht in &quot;options.url&quot; oder &quot;options.serviceRoot&quot;</translation>
    </message>
    <message>
        <source>name the exchange-rate column of one side or both</source>
        <translation>geben Sie die Wechselkursspalte einer Seite oder beider Seiten an</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Couplet: keeps records in two systems in sync and helps you troubleshoot it.</source>
        <translation>Couplet: hält Datensätze in zwei Systemen synchron und unterstützt Sie bei der Problembehandlung.</translation>
    </message>
    <message>
        <source>Create the demo workspace (in DIR when given, else in the application data folder) and open it.</source>
        <translation>Den Demo-Arbeitsbereich erstellen (in DIR, falls angegeben, sonst im Anwendungsdatenordner) und öffnen.</translation>
    </message>
    <message>
        <source>Use this language (&quot;de&quot;, &quot;en&quot;) instead of the system&apos;s.</source>
        <translation>Diese Sprache (&quot;de&quot;, &quot;en&quot;) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>Open on this page: errors, coupled, skipped, mappings, jobs or couplings.</source>
        <translation type="vanished">Mit dieser Seite öffnen: errors, coupled, skipped, mappings, jobs oder couplings.</translation>
    </message>
    <message>
        <source>A workspace (*.couplet.json) to open; with --demo, the folder for the demo.</source>
        <translation>Ein zu öffnender Arbeitsbereich (*.couplet.json); mit --demo der Ordner für die Demo.</translation>
    </message>
    <message>
        <source>Open on this page: errors, coupled, skipped, mappings, jobs, couplings or connections.</source>
        <translation>Mit dieser Seite öffnen: errors, coupled, skipped, mappings, jobs, couplings oder connections.</translation>
    </message>
    <message>
        <source>Run couplet --help for the options.</source>
        <translation>Die Optionen zeigt couplet --help an.</translation>
    </message>
    <message>
        <source>Give one workspace file, not %1.</source>
        <translation>Geben Sie eine Arbeitsbereichsdatei an, nicht %1.</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. Give one of: %2.</source>
        <translation>Es gibt keine Seite „%1“. Möglich sind: %2.</translation>
    </message>
</context>
</TS>
