// Persistence model of the Dataverse-shaped test service. Table and column
// names follow Dataverse's logical names (all lowercase); every key is a UUID
// named <entity>id that the client may supply on POST.
namespace couplet.dataverse;

// Every Dataverse row carries createdon / modifiedon. The server sets both
// (client values are ignored); modifiedon is the row's ETag (ms precision).
aspect stamped {
    createdon  : Timestamp @cds.on.insert: $now  @readonly;
    modifiedon : Timestamp @cds.on.insert: $now  @cds.on.update: $now  @readonly  @odata.etag;
}

entity transactioncurrencies : stamped {
    key transactioncurrencyid : UUID;
        isocurrencycode       : String(5);
        currencyname          : String(100);
        currencysymbol        : String(10);
        exchangerate          : Decimal(23, 10);
}

entity accounts : stamped {
    key accountid                   : UUID;
        name                        : String(160);
        accountnumber               : String(20);
        telephone1                  : String(50);
        emailaddress1               : String(100);
        address1_city               : String(80);
        creditlimit                 : Decimal(19, 4);
        revenue                     : Decimal(19, 4);
        numberofemployees           : Integer;
        statecode                   : Integer default 0; // option set: 0 active, 1 inactive
        // A lookup as in Dataverse: the value property is read back, and written
        // only through the navigation property's bind (srv/service.js refuses
        // the value property in a write, as Dataverse does). The unmanaged
        // association puts the navigation property with its ReferentialConstraint
        // into $metadata, where the connector finds it.
        _transactioncurrencyid_value : UUID;
        transactioncurrencyid        : Association to one transactioncurrencies
                                           on transactioncurrencyid.transactioncurrencyid = _transactioncurrencyid_value;
}

entity contacts : stamped {
    key contactid                : UUID;
        firstname                : String(50);
        lastname                 : String(50);
        emailaddress1            : String(100);
        telephone1               : String(50);
        // A polymorphic lookup (Dataverse's "customer"): one value property,
        // one navigation property per table it may point to.
        _parentcustomerid_value  : UUID;
        parentcustomerid_account : Association to one accounts
                                       on parentcustomerid_account.accountid = _parentcustomerid_value;
        parentcustomerid_contact : Association to one contacts
                                       on parentcustomerid_contact.contactid = _parentcustomerid_value;
}

entity roles : stamped {
    key roleid : UUID;
        name   : String(100);
}

entity systemusers : stamped {
    key systemuserid                : UUID;
        domainname                  : String(100);
        fullname                    : String(200);
        applicationid               : String(100); // OAuth client id of an application user
        isdisabled                  : Boolean default false;
        systemuserroles_association : Association to many systemuserroles
                                          on systemuserroles_association.systemuserid = systemuserid;
}

// The many-to-many link between users and roles. The service exposes it so
// that systemusers(<id>)/systemuserroles_association lists the user's roles
// (roleid, name).
entity systemuserroles {
    key systemuserid : UUID;
    key roleid       : UUID;
        role         : Association to one roles on role.roleid = roleid;
}
