<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Captions</name>
    <message>
        <source>Bidirectional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Integration Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Integration Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Coupling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Update to Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Update from Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way this mapping moves data. Fields that follow the mapping change with it; a field set to the other one-way direction must be changed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;letion conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when the coupled record on the other side has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when both records changed since the last synchronization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict de&amp;tection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field level: only a field changed on both sides to different values is a conflict; other changes are merged. Record level: any change on both sides is a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synch. &amp;Only Coupled Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave records that are not coupled alone: no inserts, no match-based coupling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back off up &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the console is open, the mapping runs by itself at this interval. Each run that finds nothing to do doubles the wait, up to the limit; a change in the local table brings it back to the interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mapping as it is saved, dropping these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet</name>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused the credentials of the integration user. The password may be wrong or expired, the password may have to be changed at the next sign-in, the account may be disabled or locked, or the client secret of the app registration may have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Connection Setup, check the user name and enter the password or client secret again, then choose Test Connection. If the password must be changed, sign in once as the integration user and change it. When the connection works, synchronize again: the failed records are retried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing permission or privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user signed in, but is not allowed to read, create, modify or delete this kind of record. In the integration service a security role lacks a privilege (the message names it, for example prvCreateAccount); in a database the user lacks a grant on the table, or the database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the integration user a security role with the read, create, write and delete privileges that the mapping needs, or grant them on the table in the database. Do not make the integration user an administrator: give it only the roles it needs. Run the Health Check to list what is missing, then synchronize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changed during synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the record after Couplet read it and before Couplet wrote to it (HTTP 412 Precondition Failed). Couplet never overwrites changes it has not seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually no action is needed: the next synchronization reads the record again and takes both changes into account. If the error repeats for the same record, find the user or process that keeps changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration service limits how many requests a user may send in a period (HTTP 429 Too Many Requests, service protection limits). It refused further requests for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and synchronize again: the failed records are retried first. If it happens often, schedule the synchronization less frequently, lower the batch size, or avoid running several jobs at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency has no exchange rate, so the currency, or a record that uses it, cannot be created in the other system. The integration service requires an exchange rate for every currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the currency in the business app and enter its exchange rate. Then synchronize the currency mapping, and after it the records that use the currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related record not coupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record refers to another record, for example its currency, customer or salesperson, that is not coupled to a record in the other system. The reference cannot be set there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the mapping of the related record first and fix its errors; the message names the field and the mapping. Then synchronize this record again. To leave the field empty instead, turn on Clear Value on Failed Lookup in the field mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that this record is coupled to has been deleted in one of the systems. Couplet does not decide on its own whether to restore it or to delete the remaining record, so it set the coupling aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Coupled Data Synchronization Errors page, choose Restore Records to recreate the deleted record from the remaining one, Delete Records to delete the remaining record as well, or Delete Coupling to keep both apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value does not fit the type of the field in the destination, for example text in a number or date field, or a number that is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the field mapping with the types of the two fields (the Health Check lists incompatible fields). Correct the value in the source record, or change the field mapping or its transformation, then synchronize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text value is longer than the destination field allows, so the record could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the value in the source record, or map the field to a destination field that is long enough, then synchronize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value could not be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value has no counterpart in the other system: an option value has no value mapping, or the match-based coupling found more than one record that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing value to the value mapping of the field mapping, or make the match-based coupling fields unique (remove the duplicates, or match on more fields), then synchronize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other system or database did not answer in time, or another process held a lock on the data. This is usually temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize again later: the failed records are retried first. If it happens often, check the load of the system and the network, lower the batch size, or schedule the synchronization outside busy hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed in both systems since the last synchronization, and the same field has different values on each side. Couplet skipped the record so that neither change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Skipped Synch. Records page, compare the two records and choose to keep the local changes, keep the integration changes, or merge field by field, then choose Synchronize. To resolve such conflicts automatically, set the update conflict resolution of the integration table mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field that the destination requires has no value, so the record could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the field in the source record (the technical details name it), or give the field mapping a constant value, then synchronize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet could not reach the system or database, or the connection was lost during the synchronization. The server may be down, its address may be wrong, or a firewall, proxy or certificate may block the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Connection Setup, check the server address and choose Test Connection; check the network and the server&apos;s certificate. When the connection works again, synchronize: the failed records are retried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet does not recognize this error. The message and the technical details give the system&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the technical details, correct the data or the setup they point to, and synchronize again. Delete the coupling if the record should not be synchronized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration user is an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user has an administrator role (in Dataverse, System Administrator), or is a database superuser. An administrator can change anything, so a mistake in a mapping can damage any record, and the changes it makes cannot be told apart from an administrator&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dedicated integration user, give it only the security roles with the privileges the mappings need (the Health Check lists them), enter it in Connection Setup, and remove the administrator role from the user Couplet signs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table or field missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table, column or property that a mapping uses does not exist in the system, or has been renamed. Every record of the mapping fails until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the mapping on the Integration Table Mappings page and correct the table or field name (the message suggests the closest name), or add the field in the system. Run the Health Check again to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet-cli</name>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (*.couplet.json); by default $COUPLET_WORKSPACE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what the connections and the engine do on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: couplet-cli [-w FILE] COMMAND [OPTIONS]

Couplet keeps the records of two systems (an ERP and a CRM) in sync; couplet-cli runs the synchronization and the administrator&apos;s pages without a display.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `couplet-cli COMMAND --help` for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workspace? Give -w FILE or set COUPLET_WORKSPACE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `couplet-cli --help` for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of %2 shown; use --limit N, or --limit 0 for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupled data synchronization errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coupling(s) will be retried by the next sync.</source>
        <translation>
            <numerusform>%n coupling will be retried by the next sync.</numerusform>
            <numerusform>%n couplings will be retried by the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s).</source>
        <translation>
            <numerusform>Restored %n record.</numerusform>
            <numerusform>Restored %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s) and their couplings.</source>
        <translation>
            <numerusform>Deleted %n record and its coupling.</numerusform>
            <numerusform>Deleted %n records and their couplings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n coupling(s) whose row was deleted on one side.</source>
        <translation>
            <numerusform>Found %n coupling whose row was deleted on one side.</numerusform>
            <numerusform>Found %n couplings whose row was deleted on one side.</numerusform>
        </translation>
    </message>
    <message>
        <source>No skipped records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no coupling with the local key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field (local / remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local at last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote at last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes &quot;local&quot; or &quot;remote&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--merge takes FIELD=local or FIELD=remote, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field %2 to merge. Its fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--merge needs --mapping NAME and the keys (--local KEY...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n skipped record(s).</source>
        <translation>
            <numerusform>Resolved %n skipped record.</numerusform>
            <numerusform>Resolved %n skipped records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be synchronized by the next sync.</source>
        <translation>
            <numerusform>%n record will be synchronized by the next sync.</numerusform>
            <numerusform>%n records will be synchronized by the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the mapping: --mapping NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No couplings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s) of %1.</source>
        <translation>
            <numerusform>Deleted %n coupling of %1.</numerusform>
            <numerusform>Deleted %n couplings of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>Deleted %n coupling.</numerusform>
            <numerusform>Deleted %n couplings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --local KEY and --remote KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coupled %n record pair(s).</source>
        <translation>
            <numerusform>Coupled %n record pair.</numerusform>
            <numerusform>Coupled %n record pairs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the changes of &quot;local&quot; or &quot;remote&quot; and write them to the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: for each FIELD (local column or remote property), the side whose value wins. Fields not named keep the side that changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled Data Synchronization Errors: couplings that failed or lost a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the failure so the next sync takes the couplings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Records: recreate the deleted row from the surviving one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Records: delete the surviving row and the coupling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find for Deleted: check every coupling for rows deleted on either side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped Synch. Records: couplings set aside until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both rows of a skipped record side by side, with the values at the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the local row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local or the remote changes, or merge field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-skip: the next sync takes the records again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupled records of a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Coupling: of the keys given, or every coupling of the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple a local row and a remote row by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the remote row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[warning]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[error]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not checked]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) written to the Integration Synchronization Errors; see: %1</source>
        <translation>
            <numerusform>%n problem written to the Integration Synchronization Errors; see: %1</numerusform>
            <numerusform>%n problems written to the Integration Synchronization Errors; see: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The problems are already in the Integration Synchronization Errors; see: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the Integration Synchronization Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connections, the integration users, their permissions, exchange rates, the mapped tables and fields, and duplicate match keys; exits 1 when a check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this mapping&apos;s permissions, exchange rates, schema and keys; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the connection and authentication checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write the failed checks to the Integration Synchronization Errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>Deleted %n job.</numerusform>
            <numerusform>Deleted %n jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s) older than %1 days.</source>
        <translation>
            <numerusform>Deleted %n job older than %1 days.</numerusform>
            <numerusform>Deleted %n jobs older than %1 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>--job needs a job ID, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n error(s).</source>
        <translation>
            <numerusform>Deleted %n error.</numerusform>
            <numerusform>Deleted %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n error(s) older than %1 days.</source>
        <translation>
            <numerusform>Deleted %n error older than %1 days.</numerusform>
            <numerusform>Deleted %n errors older than %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n error(s) to %1.</source>
        <translation>
            <numerusform>Exported %n error to %1.</numerusform>
            <numerusform>Exported %n errors to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the errors of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Synchronization Jobs, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete jobs older than DAYS days, or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Synchronization Errors, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete errors older than DAYS days, or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the errors to a CSV file (&quot;-&quot;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no connection &quot;%1&quot;. Give one of: %2, %3, store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the workspace does not take the password of %1 from the keychain; set its &quot;secret&quot; to &quot;keychain&quot; to use the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: type it, or pipe it as one line on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the password of %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no password of %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECTION is a connection&apos;s name, or &quot;store&quot; for the state store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a password in the OS keychain, read from stdin (without echo at a terminal, or one line from a pipe). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &quot;stored&quot; or &quot;not stored&quot; (never the password). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a password from the OS keychain. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed; see: couplet-cli %1 errors list</source>
        <translation>
            <numerusform>%n row failed; see: couplet-cli %1 errors list</numerusform>
            <numerusform>%n rows failed; see: couplet-cli %1 errors list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; see: couplet-cli %1 skipped list</source>
        <translation>
            <numerusform>%n row skipped; see: couplet-cli %1 skipped list</numerusform>
            <numerusform>%n rows skipped; see: couplet-cli %1 skipped list</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace %1 does not match the systems&apos; tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronization stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to synchronize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the mappings (all of them, in dependency order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Full Synchronization: clear the high-water marks first, so every row is compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read, decided and written together (default 500). Cancelling stops between batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synch. Modified On Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synch. Int. Tbl. Mod. On Fltr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace is valid: %n mapping(s) between %1 and %2.</source>
        <translation>
            <numerusform>The workspace is valid: %n mapping between %1 and %2.</numerusform>
            <numerusform>The workspace is valid: %n mappings between %1 and %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds a demo; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was synchronized once, then both systems were edited: the next sync meets update conflicts, a deletion conflict, a currency without an exchange rate, a failing lookup, and clean inserts and updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Table Mappings with their counts and high-water marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace file and both systems&apos; tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a demo workspace with two SQLite databases into DIR, ready to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a demo already in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this mapping; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping (CUSTOMER, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of local rows; several may follow one --local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of remote rows; several may follow one --remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of the list (of --mapping, when given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N lines (default 100; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines whose text or keys contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries older than DAYS days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 row %3 is not a skipped record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 row %3 has no coupled data synchronization error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --all or keys with --local/--remote, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which records: --all, or --mapping NAME --local KEY...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local and --remote need --mapping NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no coupling with the %2 key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be done; see `couplet-cli errors list` for why.</source>
        <translation>
            <numerusform>%n could not be done; see `couplet-cli errors list` for why.</numerusform>
            <numerusform>%n could not be done; see `couplet-cli errors list` for why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncoupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no mapping %1. Its mappings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it with: couplet-cli -w %1 secret set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the state store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 connection has a kind (%2) that this version of couplet-cli does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::Administration</name>
    <message>
        <source>%1 %2 is not coupled yet; use Retry to insert it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted row cannot be merged: choose to keep the local or the remote side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already coupled; delete its coupling first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both coupled rows exist; there is nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both coupled rows were deleted; there is nothing to restore from. Delete the coupling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both coupled rows exist; Delete Records only removes the row left after a deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record in %2 coupled to %3 %4 has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by Find for Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::ComparisonView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At Last Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local column and the integration property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value both systems held after the last synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side whose value Apply Field Choices writes to both systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the last synchronization: %1 %2 %3 &amp;nbsp;·&amp;nbsp; &lt;i&gt;(deleted)&lt;/i&gt;: the row is gone &amp;nbsp;·&amp;nbsp; Keep: whose value both get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on both sides (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapped field is compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 column: %2
%3 property: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed this field since the last synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted row cannot be merged: keep the local or the remote side of the whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of this field that is written to both systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare the selected lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more lines to compare their fields side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) compared</source>
        <translation>
            <numerusform>%n record compared</numerusform>
            <numerusform>%n records compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting field(s)</source>
        <translation>
            <numerusform>%n conflicting field</numerusform>
            <numerusform>%n conflicting fields</numerusform>
        </translation>
    </message>
    <message>
        <source>showing the first %1 of %2 selected lines; the others keep the side that changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::ConnectionEditor</name>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OData service (Dataverse Web API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file beside the workspace, or a database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic OData v4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://contoso.crm.dynamics.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organi&amp;zation URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://server/odata/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/v2.0/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the organization URL + /.default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page when reading (sent as Prefer: odata.maxpagesize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes sent together in one $batch request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes per &amp;batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: extra CA certificates (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: https://server/record?table={table}&amp;id={key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of one row in the system&apos;s own pages, for &quot;Open in Browser&quot;. {table} and {key} are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File readable by its owner only (0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable or file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password or client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the settings as shown, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUPLET_CRM_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path, relative to the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored in the keychain for this connection. Enter it and choose Store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote system: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::ConnectionSetupPage</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save both connections in the workspace file and reconnect (passwords are never written to the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes and show the saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Local Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Remote Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 connection now uses the password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is used once the running job has finished and the workspace is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved connection settings are shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your changes first: the health check uses the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::ConnectionTest</name>
    <message>
        <source>The connection test stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::Connector</name>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection kind &quot;%1&quot; for %2; the known kinds are: sql, odata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::ConsoleSession</name>
    <message>
        <source>Wait until the running job or operation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled because the workspace&apos;s settings changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::ConsoleWorker</name>
    <message>
        <source>The request failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mapping of the records to couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export the errors to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::CoupleDialog</name>
    <message>
        <source>Couple – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one %1 record and one %2 record to couple. Search by key or by any text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell which records are coupled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s); search to narrow the list.</source>
        <translation>
            <numerusform>The first %n record; search to narrow the list.</numerusform>
            <numerusform>The first %n records; search to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Already coupled to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already coupled to %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple only links records that are not coupled: delete that coupling first (Delete Coupling), then couple again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupling overwrites the mapped fields of %1 %2 with the values of %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupling makes the two records agree: the mapped fields of the %1 record are overwritten with the values of the %2 record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::CoupledDataErrorsModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Result to Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Result from Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::CoupledDataErrorsPage</name>
    <message>
        <source>Restore Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the deleted row of each selected line from the row left on the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the row left after a deletion, and the coupling, for each selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find for Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every coupling of the chosen mapping (or of all) for rows deleted in %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to see its last error in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled Data Synchronization Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result to %1: %2 · from %1: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 row was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error message was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected lines has a row deleted on one side only. Restore Records recreates such a row from the row left on the other side; use Find for Deleted to look for deleted rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recreate the deleted rows of %n coupling(s) in %1 from the rows left in %2?</source>
        <translation>
            <numerusform>Recreate the deleted row of %n coupling in %1 from the row left in %2?</numerusform>
            <numerusform>Recreate the deleted rows of %n couplings in %1 from the rows left in %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s).</source>
        <translation>
            <numerusform>Restored %n record.</numerusform>
            <numerusform>Restored %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected lines has a deleted row. Delete Records removes the row left after a deletion on the other side, with its coupling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the rows of %n coupling(s) in %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the row of %n coupling in %1? This cannot be undone.</numerusform>
            <numerusform>Delete the rows of %n couplings in %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both rows of %n coupling(s) are already gone. Delete the coupling(s)?</source>
        <translation>
            <numerusform>Both rows of %n coupling are already gone. Delete the coupling?</numerusform>
            <numerusform>Both rows of %n couplings are already gone. Delete the couplings?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the records of %n coupling(s).</source>
        <translation>
            <numerusform>Deleted the records of %n coupling.</numerusform>
            <numerusform>Deleted the records of %n couplings.</numerusform>
        </translation>
    </message>
    <message>
        <source>every mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for deleted rows in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Find for Deleted (%1) found %n coupling(s) with a newly deleted row.</source>
        <translation>
            <numerusform>Find for Deleted (%1) found %n coupling with a newly deleted row.</numerusform>
            <numerusform>Find for Deleted (%1) found %n couplings with a newly deleted row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couplet::CouplingListPage</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Coupling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected lines out of this list; the next synchronization tries them again first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the mappings of the selected lines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link between the rows of the selected lines; the rows themselves stay (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be tried again by the next synchronization.</source>
        <translation>
            <numerusform>%n line will be tried again by the next synchronization.</numerusform>
            <numerusform>%n lines will be tried again by the next synchronization.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronizing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the coupling of %n selected line(s)? The rows themselves stay in %1 and %2, no longer linked.</source>
        <translation>
            <numerusform>Delete the coupling of %n selected line? The rows themselves stay in %1 and %2, no longer linked.</numerusform>
            <numerusform>Delete the couplings of %n selected lines? The rows themselves stay in %1 and %2, no longer linked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>Deleted %n coupling.</numerusform>
            <numerusform>Deleted %n couplings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the list with the search or the mapping filter, then select the lines again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::CouplingWork</name>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not confirm the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2 changed while you were deciding; review it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupling %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::CouplingsModel</name>
    <message>
        <source>Local Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Result to Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Result from Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::CouplingsPage</name>
    <message>
        <source>Couple…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple a record of each system by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Coupling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected couplings; the records stay in both systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the records of this mapping changed since the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ↔ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 were not coupled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n coupling(s) of %1?

The records stay in both systems, but they are no longer linked. The next synchronization treats them as new: it couples a record again when its match fields find one, and otherwise inserts it on the other side.</source>
        <translation>
            <numerusform>Delete %n coupling of %1?

The records stay in both systems, but they are no longer linked. The next synchronization treats them as new: it couples a record again when its match fields find one, and otherwise inserts it on the other side.</numerusform>
            <numerusform>Delete %n couplings of %1?

The records stay in both systems, but they are no longer linked. The next synchronization treats them as new: it couples a record again when its match fields find one, and otherwise inserts it on the other side.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>Deleted %n coupling.</numerusform>
            <numerusform>Deleted %n couplings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronizing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the list with the search, then select the lines again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::CredentialStore</name>
    <message>
        <source>the state store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set, or nothing answers at its address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service (such as gnome-keyring or KWallet) runs on the D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: %1. Use an environment variable or a 0600 secret file for headless runs (&quot;secret&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;file&quot;: &quot;path&quot;} in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not read the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no password for %1 of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the password of %1 was refused at the keychain&apos;s prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the password of %1; it may be locked. Unlock it (log in to the desktop session or open the keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service was found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that nobody can see.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second; it may be waiting for a password prompt that nobody can see.</numerusform>
            <numerusform>The keychain did not answer within %n seconds; it may be waiting for a password prompt that nobody can see.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::ErrorsModel</name>
    <message>
        <source>Date/Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::ErrorsPage</name>
    <message>
        <source>Group by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the couplings of the selected errors&apos; source rows and synchronize their mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Coupling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the errors the current filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entries Older Than 7 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete All Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the causes of the errors with their counts; pick one to see its errors and how to fix them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an error to see its full message, the technical detail and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the errors of job %1. &lt;a href=&quot;#all&quot;&gt;Show all errors&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All causes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n errors selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n error selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n errors selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected errors name no row to synchronize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coupling(s) will be synchronized again.</source>
        <translation>
            <numerusform>%n coupling will be synchronized again.</numerusform>
            <numerusform>%n couplings will be synchronized again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected errors name no coupled row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the couplings of the rows named by %n selected error(s)? The rows themselves stay in both systems; the next synchronization may couple them again or insert new rows.</source>
        <translation>
            <numerusform>Delete the couplings of the rows named by %n selected error? The rows themselves stay in both systems; the next synchronization may couple them again or insert new rows.</numerusform>
            <numerusform>Delete the couplings of the rows named by %n selected errors? The rows themselves stay in both systems; the next synchronization may couple them again or insert new rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>Deleted %n coupling.</numerusform>
            <numerusform>Deleted %n couplings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n error(s) to %1.</source>
        <translation>
            <numerusform>Exported %n error to %1.</numerusform>
            <numerusform>Exported %n errors to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors are older than %n day(s).</source>
        <translation>
            <numerusform>No errors are older than %n day.</numerusform>
            <numerusform>No errors are older than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Entries Older Than %n Days</source>
        <translation>
            <numerusform>Delete Entries Older Than %n Day</numerusform>
            <numerusform>Delete Entries Older Than %n Days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n error entry(ies) older than %1 day(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n error entry older than %1 day(s)? This cannot be undone.</numerusform>
            <numerusform>Delete %n error entries older than %1 day(s)? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n error entry(ies).</source>
        <translation>
            <numerusform>Deleted %n error entry.</numerusform>
            <numerusform>Deleted %n error entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no errors to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n error entry(ies), of every mapping? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n error entry, of every mapping? This cannot be undone.</numerusform>
            <numerusform>Delete all %n error entries, of every mapping? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration Synchronization Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected lines have not been read from the store yet, so the action would not cover them. Narrow the list with the search, the mapping and date filters or a cause, then select the lines again.</source>
        <translation type="vanished">
            <numerusform>%n of the selected lines has not been read from the store yet, so the action would not cover it. Narrow the list with the search, the mapping and date filters or a cause, then select the lines again.</numerusform>
            <numerusform>%n of the selected lines have not been read from the store yet, so the action would not cover them. Narrow the list with the search, the mapping and date filters or a cause, then select the lines again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the list with the search, the mapping and date filters or a cause, then select the lines again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::FieldMappingsDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Field Mappings – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each field of %1 (%2) and %3 (%4) is synchronized. Field mappings are edited in the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear on Failed Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::FieldTransfer</name>
    <message>
        <source>The related record &quot;%1&quot; in field %2 is not coupled through mapping %3, so it cannot be set on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of field %2 has no value mapping to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::HealthCheck</name>
    <message>
        <source>Not checked: Couplet cannot connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but refused the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path of the database file of %1 in Connection Setup, and that its folder exists and may be read and written; then choose Test Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the server uses a certificate of your own authority, name its CA file in Connection Setup; otherwise check that the address is the server&apos;s real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address, port and database name in Connection Setup, that the server is running, and that no firewall or proxy blocks it; then choose Test Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user&apos;s password has expired or must be changed at next sign-in. Sign in once as that user and change the password, then enter the new password for %1 in Connection Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user&apos;s account is disabled or locked. Ask the administrator of %1 to enable it, or enter another integration user in Connection Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is wrong or has expired. Create a new secret for the app registration if needed, and enter it for %1 in Connection Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID is not known to the directory. Check the client ID and the token address (the tenant) for %1 in Connection Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name of %1 and enter its password or secret again in Connection Setup, then choose Test Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet could not read the roles of the user it signs in to %1 as: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the integration user to read its own user record and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no users or roles that Couplet can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user %1 of %2 is not an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user %1 of %2 is not an administrator (roles: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user %1 of %2 is an administrator (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the role %1 from %2, and give it only a security role with the privileges the mappings need. Better still, create a dedicated integration user and enter it in Connection Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database user that is not a superuser, grant it only the tables the mappings use, and enter it for %1 in Connection Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet could not read the privileges on %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot tell what its user may do with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user of %1 may not %2 rows of %3, which mapping %4 needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the integration user of %1 a security role (or a grant) with the %2 privilege on %3. Do not make it an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user of %1 may read and write %2 but not delete rows: Delete Records on the Coupled Data Synchronization Errors page will fail for mapping %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If administrators should be able to delete coupled records from Couplet, give the integration user the delete privilege on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user of %1 may read, create and write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user of %1 may read %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping holds currencies, so no exchange rate is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency %1 has no exchange rate in %2 (%3 is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency %1 has no valid exchange rate in %2 (%3 is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open currency %1 in %2 and enter its exchange rate, then synchronize mapping %3 and the records that use the currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet could not read the currencies of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more currencies of %2 have no exchange rate in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the exchange rates of the currencies in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 currencies of %2 have an exchange rate in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet could not read the schemas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the name in the mapping (Integration Table Mappings), or add the table or field in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1: %2 in %3 holds %4, but %5 in %6 holds %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 to a field of the same type, or add a value map to the field mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1: %2 in %3 holds up to %4 characters, but %5 in %6 only %7; longer values will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengthen %1 in %2, or shorten the values of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet could not read the schema of mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables and fields of mapping %1 exist on both sides with compatible types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping couples records by matching fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet could not look for duplicates in %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 in %3 share %4 = %5, so match-based coupling of mapping %6 cannot tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or merge the duplicates in %1 (keys %2), or match on more fields in mapping %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More rows of %1 in %2 share their %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the duplicates, or match on more fields in mapping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 in %3 have no value in %4; match-based coupling of mapping %5 cannot match them and will create them again on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1 in those rows of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of %1 in %2 has its own %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::HealthCheckPanel</name>
    <message>
        <source>&amp;Run Health Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check both systems with the saved settings, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see what was found and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check can run when the running job or operation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check connects to both systems with the saved settings and checks the integration user&apos;s account and privileges, the exchange rates, the mapped tables and fields, and the fields that match records. It changes no record; the problems it finds are also written to the Integration Synchronization Errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run %1: the health check could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Synchronization Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s) written to the %1.</source>
        <translation>
            <numerusform>%n new problem written to the %1.</numerusform>
            <numerusform>%n new problems written to the %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The problems are listed on the %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line under it to see what was found and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the %1 Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Record in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show mapping %1 on the Integration Table Mappings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the settings of the %1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 %2 as it is now in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::Inspector</name>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupling %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1 has no %2 table %3; its %2 table is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given for the %1 row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::JobsModel</name>
    <message>
        <source>Start Date/Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Date/Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncoupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::JobsPage</name>
    <message>
        <source>Show Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the errors of the selected job (or double-click its Failed count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entries Older Than 7 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete All Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No jobs are older than %n day(s).</source>
        <translation>
            <numerusform>No jobs are older than %n day.</numerusform>
            <numerusform>No jobs are older than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Entries Older Than %n Days</source>
        <translation>
            <numerusform>Delete Entries Older Than %n Day</numerusform>
            <numerusform>Delete Entries Older Than %n Days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job entry(ies) older than %1 day(s)? Their errors stay on the errors page.</source>
        <translation>
            <numerusform>Delete %n job entry older than %1 day(s)? Its errors stay on the errors page.</numerusform>
            <numerusform>Delete %n job entries older than %1 day(s)? Their errors stay on the errors page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job entry(ies).</source>
        <translation>
            <numerusform>Deleted %n job entry.</numerusform>
            <numerusform>Deleted %n job entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no job entries to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n job entry(ies), of every mapping? Their errors stay on the errors page.</source>
        <translation>
            <numerusform>Delete the %n job entry, of every mapping? Its errors stay on the errors page.</numerusform>
            <numerusform>Delete all %n job entries, of every mapping? Their errors stay on the errors page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration Synchronization Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::MainWindow</name>
    <message>
        <source>Couplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronize Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the chosen mappings now (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running job at the next row; it is saved as Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Couplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Synchronize Now runs: all mappings in order, or one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Troubleshooting&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and skipped records per mapping. Click a count to open its page for that mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace is open&lt;/h2&gt;&lt;p&gt;Open a workspace file (&lt;i&gt;*.couplet.json&lt;/i&gt;) with &lt;b&gt;File → Open Workspace&lt;/b&gt;, or try Couplet on the demo workspace with &lt;b&gt;File → Open Demo Workspace&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Correct the file and open it again.</source>
        <translation>
            <numerusform>%1 has %n problem. Correct the file and open it again.</numerusform>
            <numerusform>%1 has %n problems. Correct the file and open it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some passwords could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled synchronization of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Couplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workspace in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplet workspaces (*.couplet.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing %1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization cancelled; the work done so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization finished: %1 row(s) changed, %2 failed, %3 skipped. See the error pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synchronization finished: %n row(s) changed.</source>
        <translation>
            <numerusform>Synchronization finished: %n row changed.</numerusform>
            <numerusform>Synchronization finished: %n rows changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Couplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Couplet %1&lt;/h3&gt;&lt;p&gt;Keeps records in two systems in sync and helps administrators troubleshoot that synchronization.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Synchronization Errors of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled Data Synchronization Errors of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped Synch. Records of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the passwords of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The workspace is open, but what needs these passwords fails until they can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist any more. It was moved or deleted, and has been removed from the recent workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::MappingFilterBar</name>
    <message>
        <source>Show the lines of one mapping only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local or integration key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mappings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::MappingsModel</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 min, backs off up to %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synch. Modified On Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synch. Int. Tbl. Mod. On Fltr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion Conflict Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Conflict Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synch. Only Coupled Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled Data Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::MappingsPage</name>
    <message>
        <source>Run every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back off up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field mapping %1 is set to &quot;%2&quot;, which a mapping set to &quot;%3&quot; cannot run. Keep the direction, or change that field mapping in the workspace file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize Modified Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the records changed since the last run of the selected mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Full Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the &quot;changes since&quot; marks and synchronize every record of the selected mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every coupling of the selected mappings; the records stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match-Based Coupling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fields that couple records whose values are equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the field mappings of the current mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing the modified records of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize every record of %1?

The &quot;changes since&quot; marks are cleared, so all records on both sides are read and compared, not only the modified ones. Couplings are kept. On large tables this takes a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the marks of %1; synchronizing every record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no couplings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n coupling(s) of %1?</source>
        <translation>
            <numerusform>Delete the %n coupling of %1?</numerusform>
            <numerusform>Delete all %n couplings of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all couplings of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

The records stay in both systems, but they are no longer linked. The next synchronization treats them as new: it couples a record again when its match fields find one, and otherwise inserts it on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n coupling(s).</source>
        <translation>
            <numerusform>Deleted %n coupling.</numerusform>
            <numerusform>Deleted %n couplings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match-Based Coupling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match fields were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer couples by matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 couples by matching %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple the records of %1 now?

A full synchronization reads every record. A record that is not coupled yet is coupled to the record on the other side whose %2 are equal, or inserted there when none matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) ↔ %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (every record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (uncoupled records are inserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running job or operation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the settings of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Table Mappings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::MatchCouplingDialog</name>
    <message>
        <source>Match-Based Coupling – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 record that is not coupled yet is coupled to the %2 record whose values of all the checked fields are equal. Check fields that identify a record, such as a number, a code or an e-mail address. With no field checked, uncoupled records are inserted on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synch. Only Coupled Records is set for %1, so synchronization leaves uncoupled records alone and matching couples nothing. Clear it in the mapping first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Match Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::OdataConnector</name>
    <message>
        <source>insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection %1 is not set up completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened in another thread; it can only be used by the thread that opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataverse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OData %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhoAmI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but WhoAmI named no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1, business unit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity sets (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user may not read %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON does not parse: %1 at offset %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave a malformed answer for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an answer for %2 without rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON has no &quot;value&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an answer for %2 that is not a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element of &quot;value&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave a row of %2 without its key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key property is missing, empty, or neither text nor a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave the row %2 of %3 a modified stamp that is not a date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a next page link for %2 that goes nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service description ($metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave a service description ($metadata) that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changed rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of changed rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an answer for %2 without a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON has no whole number &quot;@odata.count&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the key is not a valid %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the value &quot;%4&quot; does not fit the property %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the value of %4 is longer than %5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3 in %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3 in %4: the server&apos;s answer was incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA certificates of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must exist and hold PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available: it answered %2 %3 times in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in to %1 was refused (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint of %1 gave an answer that is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user&apos;s password has expired or must be changed at next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user&apos;s account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not valid for this application; check the secret or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client id) is not known to the directory; check the client id and the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integration user (systemusers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security roles of the integration user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the privileges of the integration user (RetrieveUserPrivileges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an answer for %2 without privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON has no &quot;RolePrivileges&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no entity set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user has none of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user lacks %1; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 did not answer within %n second</numerusform>
            <numerusform>%1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n attempt(s)).</source>
        <translation>
            <numerusform>(%n attempt).</numerusform>
            <numerusform>(%n attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot %1 the %2 row %3 in %4: the service throttled the request (HTTP %5) %n time(s) in a row: %6</source>
        <translation>
            <numerusform>Cannot %1 the %2 row %3 in %4: the service throttled the request (HTTP %5) once: %6</numerusform>
            <numerusform>Cannot %1 the %2 row %3 in %4: the service throttled the request (HTTP %5) %n times in a row: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the connection to %4 failed while writing it: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: it was not sent, since the connection to %4 failed while writing earlier rows: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: the value &quot;%4&quot; of the lookup %5 is no key of %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 row %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::OdataMetadata</name>
    <message>
        <source>the lookup %1 of %2 can point to more than one table (%3); name the one to write in the connection&apos;s option &quot;lookups&quot;: {&quot;%2&quot;: {&quot;%1&quot;: &quot;&lt;entity set&gt;&quot;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option &quot;lookups&quot; names a target for %1 of %2, but no navigation property of %2 sets %1 in the service&apos;s $metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the navigation property %1 of %2 points to %3, which is not one entity set; name the entity set in the option &quot;lookups&quot; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option &quot;lookups&quot; names %1 as the target of %2 of %3, which is neither an entity set of the service nor a navigation property of %3; possible: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup %1 of %2 cannot point to %3; possible: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one navigation property of %1 sets %2 to a row of %3; name the navigation property in the option &quot;lookups&quot; instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::OdataSettings</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option; the options of an odata connection are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: dataverse, generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the organisation&apos;s address, such as https://contoso.crm.dynamics.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the address of the OData service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: none, basic, oauth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required with &quot;auth&quot;: &quot;oauth2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required with &quot;auth&quot;: &quot;oauth2&quot; (or the connection&apos;s &quot;user&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auth&quot;: &quot;basic&quot; needs the connection&apos;s &quot;user&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of entity set -&gt; {lookup property: target entity set}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of lookup property -&gt; target entity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the name of the target entity set or of the navigation property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no effect with &quot;bindLookups&quot;: false; lookups are then written as plain properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::Page</name>
    <message>
        <source>Some lines failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be processed. Each one is logged on the Integration Synchronization Errors page.</source>
        <translation>
            <numerusform>%n line could not be processed. It is logged on the Integration Synchronization Errors page.</numerusform>
            <numerusform>%n lines could not be processed. Each one is logged on the Integration Synchronization Errors page.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection Too Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected lines have not been read from the store yet, so the action would not cover them.</source>
        <translation>
            <numerusform>%n of the selected lines has not been read from the store yet, so the action would not cover it.</numerusform>
            <numerusform>%n of the selected lines have not been read from the store yet, so the action would not cover them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couplet::RecordLinkDelegate</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the row as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::RecordViewDialog</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupled with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronized:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result %1 → %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors were logged for this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the row from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it is now in %1, read at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row no longer exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is not coupled in mapping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this row as it is now in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failing since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::SkippedRecordsModel</name>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::SkippedRecordsPage</name>
    <message>
        <source>Keep Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1 values of the selected lines to %2 and stop skipping them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Field Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: for each field, write the value of the side chosen in the Keep column below to both systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every skipped record of the chosen mapping (or of all) out of this list; the next synchronization tries them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped Synch. Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept the %1 values of %n record(s).</source>
        <translation>
            <numerusform>Kept the %1 values of %n record.</numerusform>
            <numerusform>Kept the %1 values of %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 row of %n selected line(s) was deleted. Keeping the %1 side deletes the row left in %2 as well. This cannot be undone. Continue?</source>
        <translation>
            <numerusform>The %1 row of %n selected line was deleted. Keeping the %1 side deletes the row left in %2 as well. This cannot be undone. Continue?</numerusform>
            <numerusform>The %1 rows of %n selected lines were deleted. Keeping the %1 side deletes the rows left in %2 as well. This cannot be undone. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <source>A deleted row cannot be merged field by field. Use Keep Local or Keep Remote for these lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n record(s) field by field.</source>
        <translation>
            <numerusform>Merged %n record field by field.</numerusform>
            <numerusform>Merged %n records field by field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a deleted row were left alone.</source>
        <translation>
            <numerusform>%n line with a deleted row was left alone.</numerusform>
            <numerusform>%n lines with a deleted row were left alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be processed. Each one is logged on the Integration Synchronization Errors page.</source>
        <translation>
            <numerusform>%n line could not be processed. It is logged on the Integration Synchronization Errors page.</numerusform>
            <numerusform>%n lines could not be processed. Each one is logged on the Integration Synchronization Errors page.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no skipped records to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry all %n skipped record(s) of every mapping? They leave this list and the next synchronization tries them again; a conflict that is still there is skipped again.</source>
        <translation>
            <numerusform>Retry the %n skipped record of every mapping? It leaves this list and the next synchronization tries it again; a conflict that is still there is skipped again.</numerusform>
            <numerusform>Retry all %n skipped records of every mapping? They leave this list and the next synchronization tries them again; a conflict that is still there is skipped again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry all %n skipped record(s) of %1? They leave this list and the next synchronization tries them again; a conflict that is still there is skipped again.</source>
        <translation>
            <numerusform>Retry the %n skipped record of %1? It leaves this list and the next synchronization tries it again; a conflict that is still there is skipped again.</numerusform>
            <numerusform>Retry all %n skipped records of %1? They leave this list and the next synchronization tries them again; a conflict that is still there is skipped again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped record(s) will be tried again by the next synchronization.</source>
        <translation>
            <numerusform>%n skipped record will be tried again by the next synchronization.</numerusform>
            <numerusform>%n skipped records will be tried again by the next synchronization.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>couplet::SqlConnector</name>
    <message>
        <source>Cannot open %1: the Qt Sql driver %2 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available drivers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened in another thread; its connection can only be used by the thread that opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read table %1 from %2 with the filter &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read table %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to table %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write row &quot;%1&quot; to table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown write operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot insert a row into table %1: the row has no key and the table does not generate keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot insert a row into table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot insert row &quot;%1&quot; into table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update row &quot;%1&quot; in table %2: &quot;%3&quot; is not a valid ETag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update row &quot;%1&quot; in table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete row &quot;%1&quot; from table %2: &quot;%3&quot; is not a valid ETag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete row &quot;%1&quot; from table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 row &quot;%2&quot; in table %3: it was changed after it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 row &quot;%2&quot; in table %3: the row does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 row &quot;%2&quot; in table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the role of the user signed in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is opened read-only (QSQLITE_OPEN_READONLY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is query-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the privileges on table %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No privilege on table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileges on table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::StateStore</name>
    <message>
        <source>The state store must be SQLite or PostgreSQL, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the state store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the high-water mark of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the high-water mark of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the high-water marks of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read coupling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the couplings of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the couplings of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the failed couplings of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the job of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has no start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete old jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log an error of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error has no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the errors of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the errors by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete old errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the inserts of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove journal entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the insert journal of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::StateStore::Private</name>
    <message>
        <source>The database driver %1 for the state store is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the state store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the state store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store was used from a thread that did not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of the state store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store %1 was made by a newer version of Couplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its schema is version %1; this version knows up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the state store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction in the state store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transaction to commit in the state store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back a transaction in the state store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved: part of them was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes to the state store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the couplings of mapping %1 (local key &quot;%2&quot;, remote key &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the couplings of mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows were inserted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::SyncEngine</name>
    <message>
        <source>The workspace has no mapping named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::SyncEngine::Pass</name>
    <message>
        <source>The %1 record %2 changed again while it was being synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one %1 record matches %2 %3 on the match-based coupling fields, so it cannot be coupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record in %2 coupled to %3 %4 has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 no longer exists. Restore it from the %3 record, delete the %3 record, or delete the coupling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2 in %3 coupled to %4 %5 has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the %1 record because it has a later modified date than the %2 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 and %3 %4 were both changed since the last synchronization. Fields changed on both sides: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record-level detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 results for %3 writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>couplet::WorkspaceFile</name>
    <message>
        <source>The environment variable %1, which holds the password, is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 has mode %2; it must be readable by its owner only (mode 0600: chmod 600 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is kept in the keychain; it is read through the credential store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; does not exist in table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; in table %2 holds %3; it must hold a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; in table %2 does not accept empty values, so a failed lookup cannot clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, but column &quot;%2&quot; in table %3 holds numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; in table %2 holds %3, but the keys of mapping %4 (column &quot;%5&quot; in table %6) are %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets are never stored in the workspace; use &quot;secret&quot;: &quot;keychain&quot;, {&quot;env&quot;: NAME} or {&quot;file&quot;: PATH}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; the allowed keys are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1; this Couplet reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of &quot;env&quot; or &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a pair [local, remote]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to %1 minutes; leave &quot;schedule&quot; out for a mapping that only runs when started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the local and remote connections have records to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http or https address with the placeholder {key} (and optionally {table}), such as https://crm.example.com/main.aspx?etn={table}&amp;id={key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Qt Sql driver &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate mapping name &quot;%1&quot; (also mappings[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the local column of a mapped field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least the interval (%1 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field needs &quot;local&quot;, &quot;remote&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a mapping whose direction is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: a field without &quot;constant&quot; maps a local column to a remote property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field cannot have both &quot;valueMap&quot; and &quot;lookup&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only applies to a field with &quot;lookup&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constant has no source column; remove &quot;local&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constant has no source column; remove &quot;remote&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constant is written to one column; give only &quot;local&quot; or only &quot;remote&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constant for the remote property &quot;%1&quot; is written &quot;toRemote&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constant for the local column &quot;%1&quot; is written &quot;fromRemote&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constant cannot also have &quot;valueMap&quot; or &quot;lookup&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an odata connection has no &quot;%1&quot;; its address is &quot;options.url&quot; or &quot;options.serviceRoot&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the exchange-rate column of one side or both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Couplet: keeps records in two systems in sync and helps you troubleshoot it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo workspace (in DIR when given, else in the application data folder) and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (&quot;de&quot;, &quot;en&quot;) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace (*.couplet.json) to open; with --demo, the folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: errors, coupled, skipped, mappings, jobs, couplings or connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run couplet --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one workspace file, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. Give one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
