'use strict';
/**
 * Hand-written additions to the SAM part of @aws-cdk/aws-service-spec.
 *
 * The spec database does contain AWS::Serverless::* resources, but its SAM data
 * is an old snapshot: it lacks properties SAM has supported for years (SnapStart,
 * LoggingConfig, SQS FunctionResponseTypes, the ScheduleV2 event, ...), and it
 * describes a function's event `Properties` as an untagged union of every event
 * shape, so it cannot tell which shape applies to `Type: SQS`. This file fills
 * those gaps from the SAM documentation. Types use the same notation as the
 * spec database ({type:'string'}, {type:'array', element}, ...), plus
 * {type:'inline', name, properties} for small object types defined here.
 */

const S = { type: 'string' };
const I = { type: 'integer' };
const N = { type: 'number' };
const B = { type: 'boolean' };
const J = { type: 'json' }; // any value: shape not checked here
const list = (element) => ({ type: 'array', element });
const req = (type) => ({ type, required: true });
const opt = (type) => ({ type });
const obj = (name, props) => ({ type: 'inline', name, properties: props });

/** Turn { Name: type | req(type) } into spec-style { Name: { type, required? } }. */
function props(map) {
  const out = {};
  for (const [k, v] of Object.entries(map)) {
    out[k] = v.type && typeof v.type === 'object' ? v : opt(v);
  }
  return out;
}

/** Properties missing from the spec's AWS::Serverless::* resources. */
const RESOURCE_EXTRAS = {
  'AWS::Serverless::Function': props({
    SnapStart: obj('SnapStart', props({ ApplyOn: req(S) })),
    LoggingConfig: obj('LoggingConfig', props({
      LogFormat: S, ApplicationLogLevel: S, SystemLogLevel: S, LogGroup: S,
    })),
    RuntimeManagementConfig: obj('RuntimeManagementConfig', props({
      UpdateRuntimeOn: req(S), RuntimeVersionArn: S,
    })),
    RecursiveLoop: S,
    SourceKmsKeyArn: S,
    PropagateTags: B,
    AutoPublishAliasAllProperties: B,
    RolePath: S,
    PublishToLatestPublished: B,
    CapacityProviderConfig: J,
    DurableConfig: J,
    FunctionScalingConfig: J,
    VersionPruningPolicy: J,
  }),
  'AWS::Serverless::HttpApi': props({
    Name: S,
    PropagateTags: B,
    // SAM's HttpApi spells it AccessLogSettings (Api uses AccessLogSetting).
    AccessLogSettings: obj('AccessLogSettings', props({ DestinationArn: S, Format: S })),
  }),
  'AWS::Serverless::Api': props({
    MergeDefinitions: B, PropagateTags: B, FailOnWarnings: B, ApiKeySourceType: S, Mode: S,
  }),
  'AWS::Serverless::SimpleTable': props({
    PointInTimeRecoverySpecification: J,
  }),
};

/** Properties the spec lists for a SAM resource but SAM does not accept. */
const RESOURCE_REMOVALS = {
  'AWS::Serverless::HttpApi': ['AccessLogSetting'],
};

/**
 * Function event `Type` -> name of the spec type definition describing its
 * `Properties` (looked up among the types the Function resource uses).
 */
const EVENT_TYPE_DEFS = {
  S3: 'S3Event',
  SNS: 'SNSEvent',
  SQS: 'SQSEvent',
  Kinesis: 'KinesisEvent',
  DynamoDB: 'DynamoDBEvent',
  Api: 'ApiEvent',
  Schedule: 'ScheduleEvent',
  CloudWatchEvent: 'CloudWatchEventEvent',
  CloudWatchLogs: 'CloudWatchLogsEvent',
  IoTRule: 'IoTRuleEvent',
  AlexaSkill: 'AlexaSkillEvent',
  EventBridgeRule: 'EventBridgeRuleEvent',
  HttpApi: 'HttpApiEvent',
  Cognito: 'CognitoEvent',
};

/** Event types absent from the spec, described here. */
const HAND_WRITTEN_EVENTS = {
  ScheduleV2: obj('ScheduleV2Event', props({
    ScheduleExpression: S,
    ScheduleExpressionTimezone: S,
    Description: S,
    Name: S,
    OmitName: B,
    GroupName: S,
    Input: S,
    State: S,
    StartDate: S,
    EndDate: S,
    FlexibleTimeWindow: J,
    RetryPolicy: J,
    DeadLetterConfig: J,
    KmsKeyArn: S,
    RoleArn: S,
    PermissionsBoundary: S,
  })),
};

/** Real SAM event types whose properties we do not check (not used by Parley). */
const UNCHECKED_EVENTS = ['MSK', 'MQ', 'SelfManagedKafka', 'DocumentDB'];

/** Event types that may omit `Properties` altogether. */
const EVENTS_WITHOUT_PROPERTIES = ['HttpApi', 'AlexaSkill'];

/** Properties missing from the spec's event type definitions. */
const STREAM_EXTRAS = {
  FunctionResponseTypes: list(S),
  FilterCriteria: J,
  MaximumBatchingWindowInSeconds: I,
  TumblingWindowInSeconds: I,
  StartingPositionTimestamp: N,
  KmsKeyArn: S,
  MetricsConfig: J,
  DestinationConfig: J,
  MaximumRetryAttempts: I,
  BisectBatchOnFunctionError: B,
  MaximumRecordAgeInSeconds: I,
  ParallelizationFactor: I,
  ConsumerArn: S,
};
const RULE_EXTRAS = {
  DeadLetterConfig: J, RetryPolicy: J, Target: J, RuleName: S, State: S, InputTransformer: J,
  EventBusName: S, Input: S, InputPath: S,
};
const EVENT_EXTRAS = {
  SQSEvent: props({
    FunctionResponseTypes: list(S),
    MaximumBatchingWindowInSeconds: I,
    FilterCriteria: J,
    ScalingConfig: obj('ScalingConfig', props({ MaximumConcurrency: I })),
    KmsKeyArn: S,
    MetricsConfig: J,
    ProvisionedPollerConfig: J,
  }),
  KinesisEvent: props(STREAM_EXTRAS),
  DynamoDBEvent: props(STREAM_EXTRAS),
  SNSEvent: props({
    FilterPolicy: J, FilterPolicyScope: S, Region: S, SqsSubscription: J, RedrivePolicy: J,
  }),
  ScheduleEvent: props({ State: S, RetryPolicy: J, DeadLetterConfig: J }),
  EventBridgeRuleEvent: props(RULE_EXTRAS),
  CloudWatchEventEvent: props(RULE_EXTRAS),
  ApiEvent: props({ TimeoutInMillis: I, RequestParameters: J }),
  HttpApiEvent: props({ PayloadFormatVersion: S }),
};

/**
 * SAM policy templates added after the spec's SAM snapshot (which knows ~35).
 * Their parameters are not checked, only the template name.
 */
const EXTRA_POLICY_TEMPLATES = [
  'AcmGetCertificatePolicy', 'AMIDescribePolicy', 'AthenaQueryPolicy', 'AWSSecretsManagerRotationPolicy',
  'CodeCommitCrudPolicy', 'CodeCommitReadPolicy', 'CodePipelineLambdaExecutionPolicy',
  'CodePipelineReadOnlyPolicy', 'ComprehendBasicAccessPolicy', 'CostExplorerReadOnlyPolicy',
  'DynamoDBBackupFullAccessPolicy', 'DynamoDBReconfigurePolicy', 'DynamoDBRestoreFromBackupPolicy',
  'EcsRunTaskPolicy', 'EFSWriteAccessPolicy', 'EKSDescribePolicy',
  'ElasticMapReduceAddJobFlowStepsPolicy', 'ElasticMapReduceCancelStepsPolicy',
  'ElasticMapReduceModifyInstanceFleetPolicy', 'ElasticMapReduceModifyInstanceGroupsPolicy',
  'ElasticMapReduceSetTerminationProtectionPolicy', 'ElasticMapReduceTerminateJobFlowsPolicy',
  'EventBridgePutEventsPolicy', 'FirehoseCrudPolicy', 'FirehoseWritePolicy',
  'MobileAnalyticsWriteOnlyAccessPolicy', 'OrganizationsListAccountsPolicy',
  'PinpointEndpointAccessPolicy', 'PollyFullAccessPolicy', 'RekognitionFacesManagementPolicy',
  'RekognitionFacesPolicy', 'Route53ChangeResourceRecordSetsPolicy', 'S3FullAccessPolicy',
  'SESBulkTemplatedCrudPolicy_v2', 'ServerlessRepoReadWriteAccessPolicy',
  'SSMParameterWithSlashPrefixReadPolicy', 'StepFunctionsCallbackPolicy',
  'TextractDetectAnalyzePolicy', 'TextractGetResultPolicy', 'TextractPolicy',
];

/** Properties missing from spec type definitions, by type-definition name. */
const TYPEDEF_EXTRAS = {
  SAMPolicyTemplate: props(Object.fromEntries(EXTRA_POLICY_TEMPLATES.map((n) => [n, J]))),
};

/**
 * Keys allowed under each Globals section (SAM "Globals section" docs).
 * Notably NOT allowed for Function: Role, Policies, FunctionName, Events.
 */
const GLOBALS = {
  Function: [
    'Handler', 'Runtime', 'CodeUri', 'DeadLetterQueue', 'Description', 'MemorySize', 'Timeout',
    'VpcConfig', 'Environment', 'Tags', 'PropagateTags', 'Tracing', 'KmsKeyArn', 'Layers',
    'AutoPublishAlias', 'AutoPublishAliasAllProperties', 'DeploymentPreference', 'RolePath',
    'PermissionsBoundary', 'ReservedConcurrentExecutions', 'ProvisionedConcurrencyConfig',
    'AssumeRolePolicyDocument', 'EventInvokeConfig', 'FileSystemConfigs', 'CodeSigningConfigArn',
    'Architectures', 'SnapStart', 'EphemeralStorage', 'FunctionUrlConfig',
    'RuntimeManagementConfig', 'LoggingConfig', 'RecursiveLoop', 'SourceKmsKeyArn',
    'CapacityProviderConfig', 'FunctionScalingConfig', 'DurableConfig',
  ],
  Api: [
    'AccessLogSetting', 'Auth', 'BinaryMediaTypes', 'CacheClusterEnabled', 'CacheClusterSize',
    'CanarySetting', 'Cors', 'DefinitionUri', 'Domain', 'EndpointConfiguration', 'GatewayResponses',
    'MethodSettings', 'MinimumCompressionSize', 'Name', 'OpenApiVersion', 'PropagateTags',
    'TracingEnabled', 'Variables', 'AlwaysDeploy', 'MergeDefinitions',
  ],
  HttpApi: [
    'Auth', 'AccessLogSettings', 'StageVariables', 'Tags', 'RouteSettings', 'DefaultRouteSettings',
    'Domain', 'CorsConfiguration', 'PropagateTags',
  ],
  SimpleTable: ['SSESpecification'],
  StateMachine: ['PropagateTags'],
};

/** Globals section name -> the resource type whose property types it uses. */
const GLOBALS_RESOURCE_TYPE = {
  Function: 'AWS::Serverless::Function',
  Api: 'AWS::Serverless::Api',
  HttpApi: 'AWS::Serverless::HttpApi',
  SimpleTable: 'AWS::Serverless::SimpleTable',
  StateMachine: 'AWS::Serverless::StateMachine',
};

module.exports = {
  RESOURCE_EXTRAS,
  RESOURCE_REMOVALS,
  EVENT_TYPE_DEFS,
  HAND_WRITTEN_EVENTS,
  UNCHECKED_EVENTS,
  EVENTS_WITHOUT_PROPERTIES,
  EVENT_EXTRAS,
  TYPEDEF_EXTRAS,
  GLOBALS,
  GLOBALS_RESOURCE_TYPE,
};
