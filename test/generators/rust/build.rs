// Generates the client from the 3.0 derivative (OPENAPI_DOCUMENT) at build time with progenitor, the way
// its README shows: the spec parsed by openapiv3, the tokens formatted into $OUT_DIR/client.rs.
fn main() {
    let path = std::env::var("OPENAPI_DOCUMENT").expect("OPENAPI_DOCUMENT names the document to generate from");
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-env-changed=OPENAPI_DOCUMENT");
    let file = std::fs::File::open(&path).expect("the document opens");
    let spec: openapiv3::OpenAPI = serde_json::from_reader(file).expect("the document is OpenAPI 3.0");
    let mut generator = progenitor::Generator::default();
    let tokens = generator.generate_tokens(&spec).expect("progenitor generates the client");
    let ast = syn::parse2(tokens).expect("the generated code parses");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("client.rs");
    std::fs::write(out, prettyplease::unparse(&ast)).unwrap();
}
