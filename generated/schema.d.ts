export interface paths {
    "/contacts/organizations/{orgId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Contact
         * @description Adds a contact to the organization and returns it with its new `contactId`.
         *
         *     The body names the contact's `source`, and each source has a rule of its own:
         *
         *     - `CH` (Control Hub): at least one of `emails`, `phoneNumbers` or `sipAddresses`, not empty;
         *     - `Webex4Broadworks`: a `displayName`.
         *
         *     Give `groupIds` to make it a group contact, visible to the members of those groups.
         *
         *     A `502`, `503` or `504` may come after the contact was created: do not send the same body
         *     again blindly. A `429` or `423` means the request was not processed; send it again after
         *     `Retry-After` seconds.
         *
         *     **Authorization:** an org admin token with scope `Identity:contact` or `Identity:SCIM`.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/organizations/{orgId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
                /**
                 * @description The contact's UUID, as returned in `contactId` when the contact was created. A base64 form must be decoded to its UUID first, as for `orgId`.
                 * @example 6847ee0f-5e9c-4403-9f0e-0aa8552f7829
                 */
                contactId: components["parameters"]["contactId"];
            };
            cookie?: never;
        };
        /**
         * Get a Contact
         * @description Returns one contact of the organization, by its id.
         *
         *     Both ids are UUIDs; a base64 organization id must be decoded first (see the introduction).
         *
         *     **Authorization:** a token with scope `Identity:contact` or `Identity:SCIM`.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Delete a Contact
         * @description Removes the contact from the organization. The answer is `204` with no body.
         *
         *     Deleting a contact that is already gone answers `404`. A `502`, `503` or `504` may come after the
         *     contact was deleted: if the same delete then answers `404`, the contact is gone.
         *
         *     **Authorization:** an org admin token with scope `Identity:contact` or `Identity:SCIM`.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a Contact
         * @description Changes a contact of the organization and returns it as it is afterwards.
         *
         *     Send `schemas` and the contact's `source`, and only the fields to change:
         *
         *     - a field left out keeps its value;
         *     - a list that is sent (`emails`, `sipAddresses`, `ims`) is the contact's new list;
         *     - `groupIds` replaces the whole list of groups: add or remove a group by sending the new list, and
         *       send `[]` to remove the contact from every group;
         *     - in `phoneNumbers`, an item with `"operation": "delete"` removes that number (`delete` is the only
         *       operation there is); an item without `operation` sets the number.
         *
         *     Webex does not say whether it refuses an update that leaves a `CH` contact with no email address,
         *     phone number or SIP address (the rule Create a Contact has); this document does not refuse one.
         *
         *     A `429` or `423` means the request was not processed; send it again after `Retry-After` seconds. A
         *     `502`, `503` or `504` may come after the change was applied: read the contact before you send it again.
         *
         *     **Authorization:** an org admin token with scope `Identity:contact` or `Identity:SCIM`.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/contacts/organizations/{orgId}/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
            };
            cookie?: never;
        };
        /**
         * List Contacts
         * @description Finds the contacts of the organization, one page at a time.
         *
         *     - `keyword` matches the `displayName`, `firstName`, `lastName` or email address; left out or empty,
         *       every contact matches.
         *     - `source` keeps the contacts of one source; `groupIds` the contacts of the given groups
         *       (comma-separated UUIDs).
         *     - `limit` is the page size, 100 unless you set it.
         *
         *     The body holds the page (`result`) with `start`, `limit` and `total`. When there are more matches,
         *     the `Link` header carries the next page as `<url>; rel="next"`: request that URL as it is (it keeps
         *     the query) with the same token, until a response comes without it. Do not build page URLs yourself.
         *
         *     **Authorization:** a token of the organization with scope `Identity:contact` or `Identity:SCIM`.
         */
        get: operations["listContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/organizations/{orgId}/contacts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Create or Update Contacts
         * @description Creates and updates many contacts in one request.
         *
         *     Each item of `contacts` is one of two kinds:
         *
         *     - **an update**: it names the `contactId` of an existing contact and its `source`; a field left out
         *       keeps its value;
         *     - **a create**: it has no `contactId`, and the rules of Create a Contact apply to it: a `CH` contact
         *       needs at least one of `emails`, `phoneNumbers` or `sipAddresses`, a `Webex4Broadworks` contact a
         *       `displayName`.
         *
         *     Items carry no `schemas` (the request has it once) and no `groupIds`. A request whose body breaks
         *     these rules is refused whole with `400`. Otherwise the answer is `200`, and it tells item by item:
         *     `contacts[i]` is the contact made from item `i`, or `null` if it failed, and `failedContacts` lists
         *     each failed item with its index in the request (`id`, a string such as `"1"`), Webex's `errorCode`
         *     and `errorMessage`. Every item is either in `contacts` or in `failedContacts`: treat one that is in
         *     neither as not done.
         *
         *     A `429` or `423` means nothing was processed; send it again after `Retry-After` seconds. A `502`,
         *     `503` or `504` may come after some items were applied: list the contacts before you send it again.
         *
         *     **Authorization:** an org admin token with scope `Identity:contact` or `Identity:SCIM`. Webex states
         *     no role for the bulk operations; each item is a create or an update, which need an org admin.
         */
        post: operations["bulkCreateOrUpdateContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/organizations/{orgId}/contacts/bulk/delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Delete Contacts
         * @description Deletes many contacts of the organization in one request, by UUID (`objectIds`). The answer is
         *     `200` with no body.
         *
         *     A `429` or `423` means nothing was deleted; send it again after `Retry-After` seconds. A `502`,
         *     `503` or `504` may come after some contacts were deleted: sending the same list again is harmless
         *     for the contacts that are gone.
         *
         *     **Authorization:** an org admin token with scope `Identity:contact` or `Identity:SCIM`. Webex
         *     states no role for the bulk operations; each item is a delete, which needs an org admin.
         */
        post: operations["bulkDeleteContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ContactProfile
         * @description The descriptive fields a contact has whenever it is written or read: in a create, an update, a bulk item and a response.
         */
        ContactProfile: {
            /**
             * @description The full name of the contact, as the directory shows it.
             * @example John Andersen
             */
            displayName?: string;
            /**
             * @description The first name of the contact.
             * @example John
             */
            firstName?: string;
            /**
             * @description The last name of the contact.
             * @example Andersen
             */
            lastName?: string;
            /**
             * @description The company the contact works for.
             * @example Cisco Systems
             */
            companyName?: string;
            /**
             * @description The contact's job title.
             * @example GM
             */
            title?: string;
            /**
             * @description The contact's postal address as a string holding JSON with the fields of `AddressInfo`. Responses also carry it parsed, as `addressInfo`.
             * @example {"city" : "Milpitas", "country" : "US", "street" : "1099 Bird Ave.", "zipCode" : "99212"}
             */
            address?: string;
            /**
             * Format: uri
             * @description The URL of the contact's avatar, a PNG image.
             * @example https://avatar-prod-us-east-2.webexcontent.com/default_avatar~1600
             */
            avatarURL?: string;
        };
        /**
         * PrimaryContactMethod
         * @description How the contact prefers to be reached.
         * @example EMAIL
         * @enum {string}
         */
        PrimaryContactMethod: "SIPADDRESS" | "EMAIL" | "PHONE" | "IMS";
        /**
         * EmailType
         * @description The kind of email address.
         * @example work
         * @enum {string}
         */
        EmailType: "work" | "home" | "room" | "other";
        /**
         * EmailInput
         * @description An email address for a new contact.
         */
        EmailInput: {
            /**
             * Format: email
             * @description The email address.
             * @example user1@example.home.com
             */
            value: string;
            type?: components["schemas"]["EmailType"];
            /**
             * @description Whether this is the contact's primary email address.
             * @example false
             */
            primary?: boolean;
        };
        /**
         * PhoneNumberType
         * @description The kind of phone number.
         * @example mobile
         * @enum {string}
         */
        PhoneNumberType: "work" | "home" | "mobile" | "work_extension" | "fax" | "pager" | "other";
        /**
         * PhoneNumberInput
         * @description A phone number for a new contact.
         */
        PhoneNumberInput: {
            /**
             * @description The phone number.
             * @example 400 123 1234
             */
            value: string;
            type?: components["schemas"]["PhoneNumberType"];
            /**
             * @description Whether this is the contact's main number.
             * @example true
             */
            primary?: boolean;
        };
        /**
         * SipAddressType
         * @description The kind of SIP address.
         * @example enterprise
         * @enum {string}
         */
        SipAddressType: "enterprise" | "cloud-calling" | "personal-room";
        /**
         * SipAddressInput
         * @description A SIP address for a new contact.
         */
        SipAddressInput: {
            /**
             * @description The SIP address.
             * @example sipAddress value1
             */
            value: string;
            type?: components["schemas"]["SipAddressType"];
            /**
             * @description Whether this is the contact's primary SIP address.
             * @example true
             */
            primary?: boolean;
        };
        /**
         * InstantMessagingType
         * @description The instant messaging service the address belongs to.
         * @example xmpp
         * @enum {string}
         */
        InstantMessagingType: "aim" | "cucm-jid" | "gtalk" | "icq" | "msn" | "qq" | "skype" | "webex-messenger-jid" | "webex-squared-jid" | "xmpp" | "yahoo" | "microsoft-sip-uri" | "xmpp-fed-jid";
        /**
         * InstantMessagingAddressInput
         * @description An instant messaging account for a new contact.
         */
        InstantMessagingAddressInput: {
            /**
             * @description The account on that service.
             * @example aim_account_ID
             */
            value: string;
            type?: components["schemas"]["InstantMessagingType"];
            /**
             * @description Whether this is the contact's primary instant messaging account.
             * @example true
             */
            primary?: boolean;
        };
        /**
         * ContactInputFields
         * @description The fields a client may write to a contact in a create, a bulk item or an update: its profile and the ways to reach it. Part of the request bodies; not a request body on its own.
         */
        ContactInputFields: components["schemas"]["ContactProfile"] & {
            primaryContactMethod?: components["schemas"]["PrimaryContactMethod"];
            /**
             * @description The contact's email addresses.
             * @example [
             *       {
             *         "value": "user1@example.home.com",
             *         "type": "home",
             *         "primary": false
             *       }
             *     ]
             */
            emails?: components["schemas"]["EmailInput"][];
            /**
             * @description The contact's phone numbers.
             * @example [
             *       {
             *         "value": "400 123 1234",
             *         "type": "work",
             *         "primary": true
             *       }
             *     ]
             */
            phoneNumbers?: components["schemas"]["PhoneNumberInput"][];
            /**
             * @description The contact's SIP addresses.
             * @example [
             *       {
             *         "value": "sipAddress value1",
             *         "type": "enterprise",
             *         "primary": true
             *       }
             *     ]
             */
            sipAddresses?: components["schemas"]["SipAddressInput"][];
            /**
             * @description The contact's instant messaging accounts.
             * @example [
             *       {
             *         "value": "aim_account_ID",
             *         "type": "aim",
             *         "primary": true
             *       }
             *     ]
             */
            ims?: components["schemas"]["InstantMessagingAddressInput"][];
        };
        /**
         * ContactSchemaUrn
         * @description The SCIM schema of a contact. Always `urn:cisco:codev:identity:contact:core:1.0`.
         * @example urn:cisco:codev:identity:contact:core:1.0
         * @constant
         */
        ContactSchemaUrn: "urn:cisco:codev:identity:contact:core:1.0";
        /**
         * GroupIds
         * @description The groups the contact belongs to, by UUID. A contact with groups is a group contact, visible to the members of those groups.
         * @example [
         *       "9ac175bf-0249-4287-8fb3-e320e525fcf6"
         *     ]
         */
        GroupIds: string[];
        /**
         * CreateContactFields
         * @description Every field a new contact may have, whatever its source. Part of `CreateContactRequest`, whose branches add `source` and the rule of each source; not a request body on its own.
         */
        CreateContactFields: components["schemas"]["ContactInputFields"] & {
            schemas?: components["schemas"]["ContactSchemaUrn"];
            groupIds?: components["schemas"]["GroupIds"];
        };
        /**
         * ChSource
         * @description Control Hub: the `source` of a `CH` contact. A one-value `enum` beside the `const`, so that generators which read only one of the two keywords still see the single value.
         * @example CH
         * @constant
         * @enum {string}
         */
        ChSource: "CH";
        /**
         * Control Hub contact
         * @description A contact maintained in Control Hub (`source: CH`). It needs at least one way to reach it: one or more `emails`, `phoneNumbers` or `sipAddresses`.
         */
        CreateChContactRequest: components["schemas"]["CreateContactFields"] & ({
            /**
             * @description At least one email address.
             * @example [
             *       {
             *         "value": "user1@example.home.com",
             *         "type": "home",
             *         "primary": false
             *       }
             *     ]
             */
            emails: [
                components["schemas"]["EmailInput"],
                ...components["schemas"]["EmailInput"][]
            ];
        } | {
            /**
             * @description At least one phone number.
             * @example [
             *       {
             *         "value": "400 123 1234",
             *         "type": "work",
             *         "primary": true
             *       }
             *     ]
             */
            phoneNumbers: [
                components["schemas"]["PhoneNumberInput"],
                ...components["schemas"]["PhoneNumberInput"][]
            ];
        } | {
            /**
             * @description At least one SIP address.
             * @example [
             *       {
             *         "value": "sipAddress value1",
             *         "type": "enterprise",
             *         "primary": true
             *       }
             *     ]
             */
            sipAddresses: [
                components["schemas"]["SipAddressInput"],
                ...components["schemas"]["SipAddressInput"][]
            ];
        }) & {
            schemas: components["schemas"]["ContactSchemaUrn"];
            source: components["schemas"]["ChSource"];
        };
        /**
         * Webex4BroadworksSource
         * @description Webex for BroadWorks: the `source` of a `Webex4Broadworks` contact. A one-value `enum` beside the `const`, so that generators which read only one of the two keywords still see the single value.
         * @example Webex4Broadworks
         * @constant
         * @enum {string}
         */
        Webex4BroadworksSource: "Webex4Broadworks";
        /**
         * RequiredDisplayName
         * @description The full name of the contact, as the directory shows it. Required for a new `Webex4Broadworks` contact.
         * @example John Andersen
         */
        RequiredDisplayName: string;
        /**
         * Webex4Broadworks contact
         * @description A contact provisioned for BroadWorks users (`source: Webex4Broadworks`). It needs a `displayName`.
         */
        CreateWebex4BroadworksContactRequest: components["schemas"]["CreateContactFields"] & {
            schemas: components["schemas"]["ContactSchemaUrn"];
            source: components["schemas"]["Webex4BroadworksSource"];
            displayName: components["schemas"]["RequiredDisplayName"];
        };
        /**
         * CreateContactRequest
         * @description A new contact. `schemas` and `source` are required, and each source has a rule of its own: a `CH` contact needs at least one email address, phone number or SIP address; a `Webex4Broadworks` contact needs a `displayName`. Fields not listed here are refused.
         */
        CreateContactRequest: components["schemas"]["CreateChContactRequest"] | components["schemas"]["CreateWebex4BroadworksContactRequest"];
        /**
         * Meta
         * @description When the contact was created and last changed.
         */
        Meta: {
            /**
             * Format: date-time
             * @description The date and time the contact was created.
             * @example 2023-05-11T02:55:25.460Z
             */
            created?: string;
            /**
             * Format: date-time
             * @description The date and time the contact was last changed.
             * @example 2023-05-11T02:55:25.460Z
             */
            lastModified?: string;
        };
        /**
         * AddressInfo
         * @description The contact's postal address, in structured form.
         */
        AddressInfo: {
            /**
             * @description Street and number.
             * @example 1099 Bird Ave.
             */
            street?: string;
            /**
             * @description City.
             * @example Milpitas
             */
            city?: string;
            /**
             * @description State, province or region.
             * @example CA
             */
            state?: string;
            /**
             * @description Postal code.
             * @example 99212
             */
            zipCode?: string;
            /**
             * @description Country, as an ISO 3166-1 alpha-2 code.
             * @example US
             */
            country?: string;
        };
        /**
         * ContactSource
         * @description Where the contact is maintained: `CH` for Webex Control Hub, `Webex4Broadworks` for contacts provisioned for BroadWorks users.
         * @example CH
         * @enum {string}
         */
        ContactSource: "CH" | "Webex4Broadworks";
        /**
         * Email
         * @description An email address of the contact, as the service returns it. `type` is usually one of `EmailType`; accept other values too.
         */
        Email: {
            /**
             * @description The email address.
             * @example simizhan@example.com
             */
            value?: string;
            /**
             * Email type as read
             * @description The kind of email address.
             * @example work
             */
            type?: components["schemas"]["EmailType"] | string;
            /**
             * @description Whether this is the contact's primary email address.
             * @example true
             */
            primary?: boolean;
        };
        /**
         * PhoneNumber
         * @description A phone number of the contact, as the service returns it. `type` is usually one of `PhoneNumberType`; accept other values too.
         */
        PhoneNumber: {
            /**
             * @description The phone number.
             * @example 20134319
             */
            value?: string;
            /**
             * PhoneNumber type as read
             * @description The kind of phone number.
             * @example work
             */
            type?: components["schemas"]["PhoneNumberType"] | string;
            /**
             * @description Whether this is the contact's main number.
             * @example true
             */
            primary?: boolean;
        };
        /**
         * SipAddress
         * @description A SIP address of the contact, as the service returns it. `type` is usually one of `SipAddressType`, but the service also sends others (the published examples use `work`).
         */
        SipAddress: {
            /**
             * @description The SIP address.
             * @example sip://mysip1231233
             */
            value?: string;
            /**
             * SipAddress type as read
             * @description The kind of SIP address.
             * @example work
             */
            type?: components["schemas"]["SipAddressType"] | string;
            /**
             * @description Whether this is the contact's primary SIP address.
             * @example true
             */
            primary?: boolean;
        };
        /**
         * InstantMessagingAddress
         * @description An instant messaging account of the contact, as the service returns it. `type` is usually one of `InstantMessagingType`, but the service also sends others (the published examples use `work`).
         */
        InstantMessagingAddress: {
            /**
             * @description The account on that service.
             * @example 87003922
             */
            value?: string;
            /**
             * InstantMessagingAddress type as read
             * @description The instant messaging service.
             * @example work
             */
            type?: components["schemas"]["InstantMessagingType"] | string;
            /**
             * @description Whether this is the contact's primary instant messaging account.
             * @example true
             */
            primary?: boolean;
        };
        /**
         * Contact
         * @description An organization contact, as the service returns it. Read it tolerantly: enumerated fields may carry values outside the documented sets, and new fields may appear.
         */
        Contact: components["schemas"]["ContactProfile"] & {
            schemas: components["schemas"]["ContactSchemaUrn"];
            /**
             * Format: uuid
             * @description The contact's UUID.
             * @example 6847ee0f-5e9c-4403-9f0e-0aa8552f7829
             */
            contactId: string;
            /**
             * Format: uuid
             * @description The UUID of the organization the contact belongs to.
             * @example d23736ac-8055-433e-b85a-0fc55c96ead9
             */
            orgId: string;
            meta?: components["schemas"]["Meta"];
            addressInfo?: components["schemas"]["AddressInfo"];
            /**
             * Contact primaryContactMethod as read
             * @description How the contact prefers to be reached.
             * @example EMAIL
             */
            primaryContactMethod?: components["schemas"]["PrimaryContactMethod"] | string;
            /**
             * Contact source as read
             * @description Where the contact is maintained.
             * @example CH
             */
            source: components["schemas"]["ContactSource"] | string;
            /**
             * @description The contact's email addresses.
             * @example [
             *       {
             *         "value": "simizhan@example.com",
             *         "type": "work"
             *       }
             *     ]
             */
            emails?: components["schemas"]["Email"][];
            /**
             * @description The contact's phone numbers.
             * @example [
             *       {
             *         "value": "20134319",
             *         "type": "work"
             *       }
             *     ]
             */
            phoneNumbers?: components["schemas"]["PhoneNumber"][];
            /**
             * @description The contact's SIP addresses.
             * @example [
             *       {
             *         "value": "sip://mysip1231233",
             *         "type": "work"
             *       }
             *     ]
             */
            sipAddresses?: components["schemas"]["SipAddress"][];
            /**
             * @description The contact's instant messaging accounts.
             * @example [
             *       {
             *         "value": "87003922",
             *         "type": "work"
             *       }
             *     ]
             */
            ims?: components["schemas"]["InstantMessagingAddress"][];
            /**
             * @description Whether the contact was brought in by a migration from another system.
             * @example false
             */
            isMigration?: boolean;
            groupIds?: components["schemas"]["GroupIds"];
        };
        /**
         * ErrorDetail
         * @description One reason the request failed.
         */
        ErrorDetail: {
            /**
             * @description What went wrong, in words.
             * @example source is required.
             */
            description?: string;
        };
        /**
         * ErrorResponse
         * @description The body Webex sends with an error status.
         */
        ErrorResponse: {
            /**
             * @description A summary of the error.
             * @example The request body is invalid.
             */
            message?: string;
            /**
             * @description The reasons, one entry each.
             * @example [
             *       {
             *         "description": "source is required."
             *       }
             *     ]
             */
            errors?: components["schemas"]["ErrorDetail"][];
            /**
             * @description The id of this request across Webex services (also in the `TrackingID` header).
             * @example ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E5F
             */
            trackingId?: string;
        };
        /**
         * PhoneNumberChange
         * @description A phone number in an update: without `operation`, a number the contact should have; with `operation: delete`, a number to remove from the contact.
         */
        PhoneNumberChange: {
            /**
             * @description The phone number.
             * @example 400 123 1234
             */
            value: string;
            type?: components["schemas"]["PhoneNumberType"];
            /**
             * @description Whether this is the contact's main number.
             * @example true
             */
            primary?: boolean;
            /**
             * @description `delete` removes this number from the contact. The only operation Webex supports; leave it out to add or keep the number.
             * @example delete
             * @enum {string}
             */
            operation?: "delete";
        };
        /**
         * UpdateContactRequest
         * @description The changes to a contact. `schemas` and `source` are required; every other field is optional, and a field left out keeps its value. A list that is sent (`emails`, `sipAddresses`, `ims`) is the contact's new list; `groupIds` replaces the whole list of groups, and `[]` removes every group. In `phoneNumbers`, an item with `operation: delete` removes that number. Fields not listed here are refused.
         */
        UpdateContactRequest: components["schemas"]["ContactProfile"] & {
            schemas: components["schemas"]["ContactSchemaUrn"];
            source: components["schemas"]["ContactSource"];
            primaryContactMethod?: components["schemas"]["PrimaryContactMethod"];
            /**
             * @description The contact's email addresses.
             * @example [
             *       {
             *         "value": "user1@example.home.com",
             *         "type": "home",
             *         "primary": false
             *       }
             *     ]
             */
            emails?: components["schemas"]["EmailInput"][];
            /**
             * @description Phone numbers to set, and (with `operation: delete`) numbers to remove.
             * @example [
             *       {
             *         "value": "400 123 1234",
             *         "type": "work",
             *         "primary": true,
             *         "operation": "delete"
             *       }
             *     ]
             */
            phoneNumbers?: components["schemas"]["PhoneNumberChange"][];
            /**
             * @description The contact's SIP addresses.
             * @example [
             *       {
             *         "value": "sipAddress value1",
             *         "type": "enterprise",
             *         "primary": true
             *       }
             *     ]
             */
            sipAddresses?: components["schemas"]["SipAddressInput"][];
            /**
             * @description The contact's instant messaging accounts.
             * @example [
             *       {
             *         "value": "aim_account_ID",
             *         "type": "aim",
             *         "primary": true
             *       }
             *     ]
             */
            ims?: components["schemas"]["InstantMessagingAddressInput"][];
            /**
             * @description The contact's groups from now on: the list replaces the current one, and `[]` removes the contact from every group. Leave it out to keep the groups as they are.
             * @example [
             *       "9ac175bf-0249-4287-8fb3-e320e525fcf6"
             *     ]
             */
            groupIds?: string[];
        };
        /**
         * ContactList
         * @description One page of the contacts that match a List Contacts query. The next page, when there is one, is in the response's `Link` header (`rel="next"`). Read it tolerantly: Webex may add fields.
         */
        ContactList: {
            /**
             * @description The contacts of this page.
             * @example [
             *       {
             *         "schemas": "urn:cisco:codev:identity:contact:core:1.0",
             *         "contactId": "441d0fa5-7fa0-491e-b27a-f017896c0bab",
             *         "orgId": "d23736ac-8055-433e-b85a-0fc55c96ead9",
             *         "source": "CH",
             *         "displayName": "Logan"
             *       }
             *     ]
             */
            result: components["schemas"]["Contact"][];
            /**
             * @description The 0-based offset of this page's first contact among all the matches.
             * @example 0
             */
            start?: number;
            /**
             * @description The page size the service used.
             * @example 100
             */
            limit?: number;
            /**
             * @description How many contacts match the query, on all pages together.
             * @example 1
             */
            total?: number;
        };
        /**
         * Update of an existing contact
         * @description A bulk item that updates the contact it names by `contactId`. A field left out keeps its value.
         */
        BulkUpdateContactItem: components["schemas"]["ContactInputFields"] & {
            /**
             * Format: uuid
             * @description The UUID of the contact to update.
             * @example 6847ee0f-5e9c-4403-9f0e-0aa8552f7829
             */
            contactId: string;
            source: components["schemas"]["ContactSource"];
        };
        /**
         * New Control Hub contact
         * @description A bulk item that creates a `CH` contact: no `contactId`, and at least one email address, phone number or SIP address.
         */
        BulkCreateChContactItem: components["schemas"]["ContactInputFields"] & ({
            /**
             * @description At least one email address.
             * @example [
             *       {
             *         "value": "user1@example.home.com",
             *         "type": "home",
             *         "primary": false
             *       }
             *     ]
             */
            emails: [
                components["schemas"]["EmailInput"],
                ...components["schemas"]["EmailInput"][]
            ];
        } | {
            /**
             * @description At least one phone number.
             * @example [
             *       {
             *         "value": "400 123 1234",
             *         "type": "work",
             *         "primary": true
             *       }
             *     ]
             */
            phoneNumbers: [
                components["schemas"]["PhoneNumberInput"],
                ...components["schemas"]["PhoneNumberInput"][]
            ];
        } | {
            /**
             * @description At least one SIP address.
             * @example [
             *       {
             *         "value": "sipAddress value1",
             *         "type": "enterprise",
             *         "primary": true
             *       }
             *     ]
             */
            sipAddresses: [
                components["schemas"]["SipAddressInput"],
                ...components["schemas"]["SipAddressInput"][]
            ];
        }) & {
            source: components["schemas"]["ChSource"];
        };
        /**
         * New Webex4Broadworks contact
         * @description A bulk item that creates a `Webex4Broadworks` contact: no `contactId`, and a `displayName`.
         */
        BulkCreateWebex4BroadworksContactItem: components["schemas"]["ContactInputFields"] & {
            source: components["schemas"]["Webex4BroadworksSource"];
            displayName: components["schemas"]["RequiredDisplayName"];
        };
        /**
         * BulkContactItem
         * @description One item of a bulk request: with `contactId`, an update of that contact (only `source` is required); without it, a new contact, under the same rules as Create a Contact: a `CH` contact needs at least one email address, phone number or SIP address, a `Webex4Broadworks` contact a `displayName`. Items carry no `schemas` (the request has it once) and no `groupIds`.
         */
        BulkContactItem: components["schemas"]["BulkUpdateContactItem"] | components["schemas"]["BulkCreateChContactItem"] | components["schemas"]["BulkCreateWebex4BroadworksContactItem"];
        /**
         * BulkContactsRequest
         * @description Contacts to create or update in one request. Each item of `contacts` is either an update (it names the `contactId` of an existing contact) or a create (it has no `contactId`, and the Create rules of its source apply). Fields not listed here are refused.
         */
        BulkContactsRequest: {
            schemas: components["schemas"]["ContactSchemaUrn"];
            /**
             * @description The contacts, at least one. The answer refers to an item by its 0-based index in this list.
             * @example [
             *       {
             *         "source": "CH",
             *         "displayName": "Front Desk",
             *         "emails": [
             *           {
             *             "value": "frontdesk@example.com",
             *             "type": "work"
             *           }
             *         ]
             *       }
             *     ]
             */
            contacts: [
                components["schemas"]["BulkContactItem"],
                ...components["schemas"]["BulkContactItem"][]
            ];
        };
        /**
         * BulkContactFailure
         * @description Why one item of a bulk request failed. Other fields may appear.
         */
        BulkContactFailure: {
            /**
             * @description The failed item's 0-based index in the request's list, as a string (Webex calls it the bulk id): `"1"` is the second item.
             * @example 1
             */
            id?: string;
            /**
             * @description Webex's code for the failure. Webex documents a number, and its example sends a string such as `external.non.privilege`: accept both.
             * @example external.non.privilege
             */
            errorCode?: string | number;
            /**
             * @description The reason, in words.
             * @example Caller is not authorized for source null, only sources [CH] are allowed
             */
            errorMessage?: string;
            /**
             * @description The HTTP status the item would have had on its own.
             * @example 403
             */
            statusCode?: number;
        };
        /**
         * BulkContactsResult
         * @description The answer to a bulk create or update. `contacts` holds, for each item of the request at the same index, the contact as created or updated, or `null` where that item failed; `failedContacts` says why each failed item failed. Read it tolerantly: Webex may add fields, and its published example carries values outside the documented sets (an email `type` of `WORK`).
         */
        BulkContactsResult: {
            /**
             * @description One entry per request item, in the same order: the contact created or updated, or `null` for an item that failed.
             * @example [
             *       {
             *         "schemas": "urn:cisco:codev:identity:contact:core:1.0",
             *         "contactId": "5a521987-5407-4824-9389-d4ca82b85752",
             *         "orgId": "d23736ac-8055-433e-b85a-0fc55c96ead9",
             *         "source": "CH",
             *         "displayName": "simizhan1"
             *       },
             *       null
             *     ]
             */
            contacts?: (components["schemas"]["Contact"] | null)[];
            /**
             * @description The items that failed, each with its index in the request.
             * @example [
             *       {
             *         "id": "1",
             *         "errorCode": "external.non.privilege",
             *         "errorMessage": "Caller is not authorized for source null, only sources [CH] are allowed",
             *         "statusCode": 403
             *       }
             *     ]
             */
            failedContacts?: components["schemas"]["BulkContactFailure"][];
            /**
             * Format: uuid
             * @description The UUID of the organization the contacts belong to.
             * @example d23736ac-8055-433e-b85a-0fc55c96ead9
             */
            orgId?: string;
        };
        /**
         * BulkDeleteContactsRequest
         * @description The contacts to delete in one request, by UUID.
         */
        BulkDeleteContactsRequest: {
            schemas: components["schemas"]["ContactSchemaUrn"];
            /**
             * @description The UUIDs of the contacts to delete, at least one.
             * @example [
             *       "8a5fac49-2c5f-4773-aec7-02db0e3a9d72"
             *     ]
             */
            objectIds: [
                string,
                ...string[]
            ];
        };
    };
    responses: {
        /** @description The request was invalid: a malformed id, a body that breaks the schema, or a value the service refuses. */
        BadRequest: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The request body is invalid.",
                 *       "errors": [
                 *         {
                 *           "description": "source is required."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E00"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The access token is missing, malformed or expired. */
        Unauthorized: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The request requires a valid access token set in the Authorization request header.",
                 *       "errors": [
                 *         {
                 *           "description": "Access token is missing or invalid."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E01"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is valid but lacks the scope, or the caller's role does not allow the operation (creating, changing and deleting contacts needs an org admin). */
        Forbidden: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Access denied.",
                 *       "errors": [
                 *         {
                 *           "description": "The user does not have the required role or scope."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E02"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The organization or the contact does not exist, or the caller cannot see it. */
        NotFound: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Contact not found.",
                 *       "errors": [
                 *         {
                 *           "description": "No contact with this id exists in the organization."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E03"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The change conflicts with a contact that already exists in the organization. */
        Conflict: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Contact already exists.",
                 *       "errors": [
                 *         {
                 *           "description": "A contact with this email address already exists."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E04"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The resource is temporarily unavailable. The request was not processed; send it again after `Retry-After` seconds when the header is present. */
        Locked: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The resource is locked.",
                 *       "errors": [
                 *         {
                 *           "description": "Try again later."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E05"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests in a given amount of time: the request was rate limited and not processed. Send it again after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Too many requests have been sent in a given amount of time.",
                 *       "errors": [
                 *         {
                 *           "description": "Rate limit exceeded; retry after the time in the Retry-After header."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E06"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Something went wrong on the server. If it persists, contact Webex developer support with the tracking id. */
        InternalServerError: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Internal server error.",
                 *       "errors": [
                 *         {
                 *           "description": "An unexpected error occurred."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E07"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A server upstream sent an invalid response. A write (create, update, delete) may have been applied: read before you send it again. */
        BadGateway: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Bad gateway.",
                 *       "errors": [
                 *         {
                 *           "description": "The upstream service returned an invalid response."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E08"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service is overloaded or down for maintenance. A write (create, update, delete) may have been applied: read before you send it again. */
        ServiceUnavailable: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Service unavailable.",
                 *       "errors": [
                 *         {
                 *           "description": "The service is temporarily unavailable."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E09"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A server upstream did not answer in time. A write (create, update, delete) may have been applied: read before you send it again. */
        GatewayTimeout: {
            headers: {
                TrackingID: components["headers"]["TrackingID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Gateway timeout.",
                 *       "errors": [
                 *         {
                 *           "description": "The upstream service did not respond in time."
                 *         }
                 *       ],
                 *       "trackingId": "ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E0A"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
         * @example d23736ac-8055-433e-b85a-0fc55c96ead9
         */
        orgId: string;
        /**
         * @description The contact's UUID, as returned in `contactId` when the contact was created. A base64 form must be decoded to its UUID first, as for `orgId`.
         * @example 6847ee0f-5e9c-4403-9f0e-0aa8552f7829
         */
        contactId: string;
        /**
         * @description Matches contacts whose `displayName`, `firstName`, `lastName` or email address contains it. Left out or empty, every contact matches.
         * @example Zhang
         */
        keyword: string;
        /**
         * @description Only contacts from this source.
         * @example CH
         */
        source: components["schemas"]["ContactSource"];
        /**
         * @description The page size: at most this many contacts per response. Follow the `Link` header for the rest.
         * @example 100
         */
        limit: number;
        /**
         * @description Only contacts of these groups, by UUID, comma-separated on the wire (`groupIds=<uuid>,<uuid>`).
         * @example [
         *       "9ac175bf-0249-4287-8fb3-e320e525fcf6",
         *       "23b95024-7063-404c-9a3c-37532f53a9ce"
         *     ]
         */
        groupIdsFilter: [
            string,
            ...string[]
        ];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The id Webex gives this request across its services. Quote it when you report a problem to Webex support.
         * @example ROUTER_6565E2F1-3C8B-41A8-9E7D-0B9A2C1D4E5F
         */
        TrackingID: string;
        /**
         * @description How many seconds to wait before sending the request again. The request was not processed, so sending it again after the wait is safe.
         * @example 60
         */
        RetryAfter: number;
        /**
         * @description The next page of results, as an RFC 8288 link with `rel="next"`: request its URL as it is (it keeps the query) with the same token. Absent on the last page. Do not build page URLs yourself: Webex does not document a parameter for the offset.
         * @example <https://webexapis.com/v1/contacts/organizations/d23736ac-8055-433e-b85a-0fc55c96ead9/contacts/search?keyword=Zhang&limit=100&start=100>; rel="next"
         */
        Link: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
            };
            cookie?: never;
        };
        /** @description The new contact. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The contact was created. */
            201: {
                headers: {
                    TrackingID: components["headers"]["TrackingID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
                /**
                 * @description The contact's UUID, as returned in `contactId` when the contact was created. A base64 form must be decoded to its UUID first, as for `orgId`.
                 * @example 6847ee0f-5e9c-4403-9f0e-0aa8552f7829
                 */
                contactId: components["parameters"]["contactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    TrackingID: components["headers"]["TrackingID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
                /**
                 * @description The contact's UUID, as returned in `contactId` when the contact was created. A base64 form must be decoded to its UUID first, as for `orgId`.
                 * @example 6847ee0f-5e9c-4403-9f0e-0aa8552f7829
                 */
                contactId: components["parameters"]["contactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact was deleted; there is no body. */
            204: {
                headers: {
                    TrackingID: components["headers"]["TrackingID"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
                /**
                 * @description The contact's UUID, as returned in `contactId` when the contact was created. A base64 form must be decoded to its UUID first, as for `orgId`.
                 * @example 6847ee0f-5e9c-4403-9f0e-0aa8552f7829
                 */
                contactId: components["parameters"]["contactId"];
            };
            cookie?: never;
        };
        /** @description The changes; `schemas` and `source` are always sent. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactRequest"];
            };
        };
        responses: {
            /** @description The contact as it is after the update. */
            200: {
                headers: {
                    TrackingID: components["headers"]["TrackingID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /**
                 * @description Matches contacts whose `displayName`, `firstName`, `lastName` or email address contains it. Left out or empty, every contact matches.
                 * @example Zhang
                 */
                keyword?: components["parameters"]["keyword"];
                /**
                 * @description Only contacts from this source.
                 * @example CH
                 */
                source?: components["parameters"]["source"];
                /**
                 * @description The page size: at most this many contacts per response. Follow the `Link` header for the rest.
                 * @example 100
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Only contacts of these groups, by UUID, comma-separated on the wire (`groupIds=<uuid>,<uuid>`).
                 * @example [
                 *       "9ac175bf-0249-4287-8fb3-e320e525fcf6",
                 *       "23b95024-7063-404c-9a3c-37532f53a9ce"
                 *     ]
                 */
                groupIds?: components["parameters"]["groupIdsFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching contacts; the next page, if any, is in `Link`. */
            200: {
                headers: {
                    TrackingID: components["headers"]["TrackingID"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    bulkCreateOrUpdateContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
            };
            cookie?: never;
        };
        /** @description The contacts to create or update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkContactsRequest"];
            };
        };
        responses: {
            /** @description The request was processed: each item was created, updated or failed, as the body says item by item. */
            200: {
                headers: {
                    TrackingID: components["headers"]["TrackingID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkContactsResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    bulkDeleteContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's UUID, as Webex Identity assigns it: the organization of the caller, or one the caller manages. A base64 organization id (starting with `Y2lzY29zcGFyazovL`, the encoding of `ciscospark://us/ORGANIZATION/<uuid>`) is not accepted here: decode it and send the UUID.
                 * @example d23736ac-8055-433e-b85a-0fc55c96ead9
                 */
                orgId: components["parameters"]["orgId"];
            };
            cookie?: never;
        };
        /** @description The contacts to delete. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteContactsRequest"];
            };
        };
        responses: {
            /** @description The contacts were deleted; there is no body. */
            200: {
                headers: {
                    TrackingID: components["headers"]["TrackingID"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            423: components["responses"]["Locked"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
