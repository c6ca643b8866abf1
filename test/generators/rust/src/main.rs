// A consumer of the progenitor client generated (by build.rs) from generated/openapi-3.0.json, run
// against the Prism mock at BASE_URL: one call of every operation, the example contact parsed (dates,
// enums, an enum value the document does not list), a valid Create of each source, a 400 with the
// Webex error body for an invalid one, Retry-After from a 429. Each finding is one line on stdout.
include!(concat!(env!("OUT_DIR"), "/client.rs"));

use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use serde_json::json;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is set"))
}

/// A client sending the bearer token, and `extra` headers on every request.
fn client(extra: &[(&'static str, &'static str)]) -> Client {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer any-token"));
    for (name, value) in extra {
        headers.insert(*name, HeaderValue::from_static(value));
    }
    let http = reqwest::Client::builder().default_headers(headers).build().unwrap();
    Client::new_with_client(&env("BASE_URL"), http)
}

/// A value of a generated type, as the JSON string it holds.
fn raw<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).unwrap().as_str().unwrap_or_default().to_string()
}

/// A body of a generated type, built from JSON: the generated types check it as they parse it.
fn body<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("a valid body")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let org_id: uuid::Uuid = env("ORG_ID").parse().unwrap();
    let contact_id: uuid::Uuid = env("CONTACT_ID").parse().unwrap();
    let schemas = env("SCHEMAS");
    let api = client(&[]);

    // Each Create case (CASES: {rule: body}) held to the generated type as it is parsed, before sending.
    let cases: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&env("CASES")).unwrap();
    for (rule, case) in cases {
        let parsed = serde_json::from_value::<types::CreateContactRequest>(case);
        println!("rule {} {rule}", if parsed.is_ok() { "accepted" } else { "refused" });
    }

    let got = api.get_contact(&org_id, &contact_id).await.expect("getContact");
    println!("call getContact {}", got.status().as_u16());
    let contact = got.into_inner();
    let created = contact.meta.as_ref().and_then(|meta| meta.created).expect("meta.created");
    println!(
        "get created={} method={} source={} sipType={}",
        created.timestamp_millis(),
        raw(&contact.primary_contact_method),
        raw(&contact.source),
        raw(&contact.sip_addresses[0].type_)
    );

    let ch: types::CreateContactRequest = body(json!({
        "schemas": schemas, "source": "CH", "displayName": "Front Desk",
        "emails": [{ "value": "frontdesk@example.com", "type": "work" }]
    }));
    let answer = api.create_contact(&org_id, &ch).await.expect("createContact CH");
    println!("call createContact {}", answer.status().as_u16());
    println!("create CH {}", answer.status().as_u16());
    let bw: types::CreateContactRequest = body(json!({ "schemas": schemas, "source": "Webex4Broadworks", "displayName": "John Andersen" }));
    println!("create Webex4Broadworks {}", api.create_contact(&org_id, &bw).await.expect("createContact Webex4Broadworks").status().as_u16());

    // The generated types refuse a CH body without a contact method; an empty list is all they let through.
    let missing: Result<types::CreateContactRequest, _> = serde_json::from_value(json!({ "schemas": schemas, "source": "CH", "displayName": "No Way To Reach" }));
    assert!(missing.is_err(), "the types refuse a CH body without a contact method");
    let empty: types::CreateContactRequest = body(json!({ "schemas": schemas, "source": "CH", "displayName": "No Way To Reach", "emails": [] }));
    match api.create_contact(&org_id, &empty).await {
        Err(Error::ErrorResponse(refused)) => println!("invalid {} {}", refused.status().as_u16(), refused.message.clone().unwrap_or_default()),
        other => panic!("an invalid Create was not refused with the error body: {other:?}"),
    }

    match client(&[("prefer", "code=429")]).get_contact(&org_id, &contact_id).await {
        Err(Error::ErrorResponse(limited)) => {
            let wait: u64 = limited.headers()["retry-after"].to_str().unwrap().parse().unwrap();
            println!("retry-after {} {} {}", limited.status().as_u16(), wait, limited.message.clone().unwrap_or_default());
        }
        other => panic!("no 429 with the error body: {other:?}"),
    }

    let update: types::UpdateContactRequest = body(json!({ "schemas": schemas, "source": "CH", "displayName": "Front Desk (day)" }));
    println!("call updateContact {}", api.update_contact(&org_id, &contact_id, &update).await.expect("updateContact").status().as_u16());

    println!("call deleteContact {}", api.delete_contact(&org_id, &contact_id).await.expect("deleteContact").status().as_u16());

    let listed = api.list_contacts(&org_id, None, Some("Zhang"), std::num::NonZeroU64::new(10), None).await.expect("listContacts");
    println!("call listContacts {} contacts {}", listed.status().as_u16(), listed.result.len());

    let bulk: types::BulkContactsRequest = body(json!({
        "schemas": schemas,
        "contacts": [{ "source": "CH", "displayName": "Front Desk", "emails": [{ "value": "frontdesk@example.com" }] }]
    }));
    let result = api.bulk_create_or_update_contacts(&org_id, &bulk).await.expect("bulkCreateOrUpdateContacts");
    println!("call bulkCreateOrUpdateContacts {} results {}", result.status().as_u16(), result.contacts.len());

    let gone: types::BulkDeleteContactsRequest = body(json!({ "schemas": schemas, "objectIds": [contact_id] }));
    println!("call bulkDeleteContacts {}", api.bulk_delete_contacts(&org_id, &gone).await.expect("bulkDeleteContacts").status().as_u16());
}
