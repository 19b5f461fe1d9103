use kaizala_ext::SecretString;
use progenitor_client::{ClientHooks, OperationInfo};
fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let c = kaizala_api::Client::with_access_token(
            "http://127.0.0.1:1/",
            SecretString::from("x".to_owned()),
        )
        .unwrap();
        println!(
            "list_groups send: {}",
            std::mem::size_of_val(&c.list_groups().send())
        );
        let http = reqwest::Client::new();
        let info = OperationInfo {
            operation_id: "list_groups",
        };
        let req = http.get("http://127.0.0.1:1/").build().unwrap();
        println!("exec: {}", std::mem::size_of_val(&c.exec(req, &info)));
        let resp = reqwest::Response::from(http::Response::new(""));
        println!(
            "decode: {}",
            std::mem::size_of_val(&kaizala_api::runtime::body::decode::<
                kaizala_api::types::GroupList,
                (),
            >(resp))
        );
        let r: Result<
            progenitor_client::ResponseValue<kaizala_api::types::GroupList>,
            progenitor_client::Error<kaizala_api::types::ErrorResponse>,
        > = Err(progenitor_client::Error::InvalidRequest(String::new()));
        println!(
            "from_generated: {}",
            std::mem::size_of_val(&kaizala_api::error::from_generated(r))
        );
    });
}
