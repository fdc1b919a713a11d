using {couplet.dataverse as db} from '../db/schema';

// The Web API of a Dataverse environment, served at /api/data/v9.2. The
// service's name becomes the namespace in $metadata, as in Dataverse.
@path                           : '/api/data/v9.2'
@protocol                       : 'odata-v4'
@cds.server.body_parser.limit   : '200mb' // large $batch bodies
service Microsoft.Dynamics.CRM {
    entity accounts              as projection on db.accounts;
    entity contacts              as projection on db.contacts;
    entity transactioncurrencies as projection on db.transactioncurrencies;
    entity roles                 as projection on db.roles;
    entity systemusers           as projection on db.systemusers;

    // Target of systemusers(<id>)/systemuserroles_association: one row per role.
    entity systemuserroles_association as projection on db.systemuserroles {
        key systemuserid,
        key roleid,
            role.name as name
    };

    type WhoAmIResponse {
        UserId         : UUID;
        BusinessUnitId : UUID;
        OrganizationId : UUID;
    }

    // GET /api/data/v9.2/WhoAmI() (and /WhoAmI, rewritten by server.js).
    function WhoAmI() returns WhoAmIResponse;
}
