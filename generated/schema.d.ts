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
         * ContactProfile
         * @description The descriptive fields a contact has both when it is created and when it is read.
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
            /**
             * @description The groups the contact belongs to. A contact with groups is a group contact.
             * @example [
             *       "9ac175bf-0249-4287-8fb3-e320e525fcf6"
             *     ]
             */
            groupIds?: string[];
        };
        /**
         * ContactSchemaUrn
         * @description The SCIM schema of a contact. Always `urn:cisco:codev:identity:contact:core:1.0`.
         * @example urn:cisco:codev:identity:contact:core:1.0
         * @constant
         */
        ContactSchemaUrn: "urn:cisco:codev:identity:contact:core:1.0";
        /**
         * PrimaryContactMethod
         * @description How the contact prefers to be reached.
         * @example EMAIL
         * @enum {string}
         */
        PrimaryContactMethod: "SIPADDRESS" | "EMAIL" | "PHONE" | "IMS";
        /**
         * ContactSource
         * @description Where the contact is maintained: `CH` for Webex Control Hub, `Webex4Broadworks` for contacts provisioned for BroadWorks users.
         * @example CH
         * @enum {string}
         */
        ContactSource: "CH" | "Webex4Broadworks";
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
         * CreateContactFields
         * @description Every field a new contact may have, whatever its source. Part of `CreateContactRequest`, which adds the rules of each source; not a request body on its own.
         */
        CreateContactFields: {
            schemas?: components["schemas"]["ContactSchemaUrn"];
            primaryContactMethod?: components["schemas"]["PrimaryContactMethod"];
            source?: components["schemas"]["ContactSource"];
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
        } & components["schemas"]["ContactProfile"];
        /**
         * Control Hub contact
         * @description A contact maintained in Control Hub (`source: CH`). It needs at least one way to reach it: one or more `emails`, `phoneNumbers` or `sipAddresses`.
         */
        CreateChContactRequest: {
            schemas: components["schemas"]["ContactSchemaUrn"];
            /**
             * @description Control Hub.
             * @example CH
             * @constant
             */
            source: "CH";
        } & (WithRequired<components["schemas"]["CreateContactFields"], "schemas" | "source"> & ({
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
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            source: "CH";
        });
        /**
         * Webex4Broadworks contact
         * @description A contact provisioned for BroadWorks users (`source: Webex4Broadworks`). It needs a `displayName`.
         */
        CreateWebex4BroadworksContactRequest: {
            schemas: components["schemas"]["ContactSchemaUrn"];
            /**
             * @description Webex for BroadWorks.
             * @example Webex4Broadworks
             * @constant
             */
            source: "Webex4Broadworks";
            /**
             * @description The full name of the contact, as the directory shows it. Required for this source.
             * @example John Andersen
             */
            displayName: string;
        } & (WithRequired<components["schemas"]["CreateContactFields"], "schemas" | "source"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            source: "Webex4Broadworks";
        });
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
        Contact: {
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
             * @description How the contact prefers to be reached.
             * @example EMAIL
             */
            primaryContactMethod?: components["schemas"]["PrimaryContactMethod"] | string;
            /**
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
        } & components["schemas"]["ContactProfile"];
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
         * Error
         * @description The body Webex sends with an error status.
         */
        Error: {
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
                "application/json": components["schemas"]["Error"];
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is valid but lacks the scope, or the caller's role does not allow the operation (creating a contact needs an org admin). */
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
                "application/json": components["schemas"]["Error"];
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The contact conflicts with one that already exists in the organization. */
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
                "application/json": components["schemas"]["Error"];
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
                "application/json": components["schemas"]["Error"];
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
                "application/json": components["schemas"]["Error"];
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A server upstream sent an invalid response. A create may have been applied: read before you create again. */
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service is overloaded or down for maintenance. A create may have been applied: read before you create again. */
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A server upstream did not answer in time. A create may have been applied: read before you create again. */
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
                "application/json": components["schemas"]["Error"];
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
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
