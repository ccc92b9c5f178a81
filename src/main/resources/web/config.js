// Where the page finds Parley's HTTP API. Served by `./parley serve` as it is: the API of the same origin.
// When the page is hosted apart from the API (for example in an S3 bucket), set the API's URL here:
// window.PARLEY_API = 'https://abc123.execute-api.eu-west-1.amazonaws.com';
