/**
 * Compact source for technology skills. Format, one entry per line:
 *   `@category family family`   starts a group
 *   `Name | alias | !Alias`     a skill; `!` marks a term matched only in exact case
 *                               (short or common-English terms like "Go", "R", "C").
 * Edit here, then regenerate skills.json with build-taxonomy.ts.
 */
export const TECH_SKILLS = `
@programming_language software_engineering backend
Python | python3 | py
Java | core java | java 8 | java 11 | java 17
JavaScript | JS | ecmascript | ES6 | vanilla js
TypeScript | !TS
C++ | cpp
C# | csharp | c sharp
!C | C programming | C language
!Go | golang
Rust | rust lang
Kotlin
!Swift | swift language
Objective-C | objc | objective c
Ruby
PHP
Scala
Perl
Dart
Elixir
Erlang
Haskell
Clojure
F#
Lua
!Julia
!R | R programming | R language | rstudio
MATLAB
Groovy
Visual Basic | VB.NET | VBScript
COBOL
Fortran
Assembly Language | assembly | x86 assembly
Solidity
Shell Scripting | shell script | shell scripts | unix shell scripting
Bash | bash scripting
PowerShell
PL/SQL | plsql
T-SQL | tsql | transact-sql
SQL | structured query language
HTML | HTML5
CSS | CSS3
Sass | SCSS
Less CSS | !LESS
ABAP | SAP ABAP
Apex | salesforce apex
OCaml
WebAssembly | wasm
YAML
JSON
XML
XSLT
Zig
Crystal
!Nim
Prolog
Pascal | delphi
Smalltalk
Racket
Scheme
VHDL
Verilog
SystemVerilog
Mojo
@frontend_framework frontend software_engineering
React | React.js | ReactJS | react js
Angular | angular 2+ | angular 12 | angular 15
AngularJS | angular.js | angular 1
Vue.js | !Vue | vuejs | vue 3
Next.js | nextjs
Nuxt.js | nuxt | nuxtjs
Svelte
SvelteKit
Remix
Gatsby
Ember.js | emberjs
Backbone.js | backbonejs
jQuery
Redux
Redux Toolkit | rtk
MobX
Zustand
Recoil
RxJS
NgRx
React Query | tanstack query
SWR
Tailwind CSS | tailwind | tailwindcss
Bootstrap
Material UI | MUI | material-ui
Chakra UI
Ant Design | antd
Styled Components | styled-components
Webpack
Vite
Babel
Rollup
esbuild
Parcel
npm
Yarn
pnpm
Storybook
Web Components
Progressive Web Apps | PWA | PWAs
Service Workers
WebSockets | websocket
WebRTC
Three.js | threejs
D3.js | d3js
Chart.js | chartjs
Highcharts
Responsive Web Design | responsive design | responsive layouts
Cross-Browser Compatibility | cross browser compatibility
Web Accessibility | accessibility | a11y
WCAG
DOM Manipulation
AJAX
Micro Frontends | micro-frontends | microfrontends
Server-Side Rendering | SSR | server side rendering
Static Site Generation | SSG
Web Performance Optimization | web performance | core web vitals
Lighthouse
Alpine.js
Lit Elements | lit-element
Preact
Solid.js | solidjs
Qwik
Astro
Handlebars
EJS
Pug
Jinja
Thymeleaf
Electron
Tauri
Framer Motion
GSAP
Leaflet
Mapbox
Google Maps API
React Router
Formik
React Hook Form
Zod
Immer
Lodash
Moment.js
Axios
Fetch API
Canvas API | html canvas
SVG
@backend_framework backend software_engineering
Node.js | NodeJS | node js | !Node
Express.js | ExpressJS | express js | !Express
NestJS | nest.js
Fastify
Koa | koa.js
Hapi.js | hapijs
Django
Django REST Framework | DRF | django rest
Flask
FastAPI
!Spring | spring framework
Spring Boot | springboot
Spring MVC
Spring Security
Spring Cloud
Spring Batch
Spring Data JPA
Hibernate
JPA | java persistence api
Struts | apache struts
Java EE | J2EE | JEE | jakarta ee
Servlets | java servlets
JSP | java server pages
Microservices | microservice | micro services | microservices architecture
Ruby on Rails | RoR | rails
Laravel
Symfony
CodeIgniter
CakePHP
Yii
WordPress | wordpress development
Drupal
Joomla
Magento
Shopify | shopify development
WooCommerce
ASP.NET | asp.net mvc | asp net
ASP.NET Core | asp.net core | aspnet core
.NET | dotnet | .net framework | dot net
.NET Core | dotnet core | .net 6 | .net 8
Entity Framework | ef core | entity framework core
LINQ
WCF
ASP.NET Web API | web api
Blazor
Gin | gin gonic
Echo Framework | labstack echo
Go Fiber | gofiber
Actix | actix-web
Axum
Phoenix Framework | phoenix
gRPC
Protocol Buffers | protobuf
GraphQL
Apollo GraphQL | apollo server | apollo client
Socket.IO | socketio | socket io
RabbitMQ
ActiveMQ
Celery
Memcached
OAuth | OAuth 2.0 | oauth2
JWT | json web tokens
OpenID Connect | OIDC
OpenAPI | swagger
Postman
REST APIs | REST API | RESTful APIs | RESTful | restful services | rest apis
SOAP | soap web services
System Design
Design Patterns
Object-Oriented Programming | OOP | OOPS | OOPs concepts | object oriented programming
Data Structures | DSA | data structures and algorithms
Algorithms
Multithreading | multi-threading
Concurrency
Distributed Systems
Event-Driven Architecture | event driven architecture
Serverless | serverless architecture
Caching
API Design
Low-Level Design | LLD | low level design
High-Level Design | HLD | high level design
SOLID Principles | solid
Clean Architecture
Domain-Driven Design | DDD
Test-Driven Development | TDD | test driven development
Unit Testing | unit tests
Apache Kafka | kafka
Apache Camel
MuleSoft
TIBCO
IBM MQ | websphere mq
Quarkus
Micronaut
Vert.x
Play Framework
Akka
Ktor
Deno
Bun
Strapi
Prisma
Sequelize
TypeORM
Mongoose
SQLAlchemy
Knex.js | knex
Drizzle ORM
Liquibase
Flyway
Maven
Gradle
Apache Ant
JDBC
JUnit
Mockito
Lombok
Log4j
SLF4J
Tomcat | apache tomcat
JBoss | wildfly
WebLogic
WebSphere
Nginx
Apache HTTP Server | apache httpd
Webhooks
Rate Limiting
Message Queues | message queue | mq
Pub/Sub Messaging | publish subscribe
CQRS
Event Sourcing
Saga Pattern
Elasticsearch | elastic search
Solr | apache solr
Keycloak
Auth0
Stripe
Razorpay
Paytm Payment Gateway
Payment Gateway Integration | payment gateway
Twilio
SendGrid
Firebase Cloud Messaging | FCM
Pusher
Hasura
tRPC
Nodemon
PM2
Cron Jobs | cron | crontab
Batch Processing
Web Scraping | scraping
Beautiful Soup | beautifulsoup | bs4
Scrapy
Selenium Scraping
Pydantic
Asyncio
Goroutines
JVM Tuning | jvm
Garbage Collection
Reactive Programming | reactor | spring webflux
Functional Programming
Full Stack Development | full stack | full-stack | fullstack
MERN Stack | MERN
MEAN Stack | MEAN
LAMP Stack | LAMP
Backend Development | backend
Frontend Development | frontend | front end development
Web Development
@mobile mobile software_engineering
Android | android development
Android SDK
iOS | ios development
SwiftUI
UIKit
React Native
Flutter
Xamarin
.NET MAUI | MAUI
Ionic
Apache Cordova | cordova | phonegap
Capacitor
Jetpack Compose
Android Jetpack
MVVM
Retrofit
Room Database | room db
Dagger
Hilt
Kotlin Coroutines | coroutines
RxJava
RxSwift
Core Data
Xcode
Android Studio
Push Notifications
Google Play Console | play store
App Store Connect | app store
Expo
Realm
CocoaPods
Fastlane
!Unity | unity3d | unity engine
Unreal Engine
Game Development
Kotlin Multiplatform | KMP
ARKit
ARCore
Combine Framework
Alamofire
Gradle Build | android gradle
ProGuard
Deep Linking | deep links
In-App Purchases
Mobile UI Design
@database backend software_engineering data_engineering
MySQL
PostgreSQL | postgres | psql
Oracle Database | oracle db | !Oracle | oracle 19c
Microsoft SQL Server | SQL Server | MS SQL | MSSQL | ms sql server
SQLite
MongoDB | mongo
Redis
Apache Cassandra | cassandra
Amazon DynamoDB | DynamoDB
Couchbase
CouchDB
Neo4j
OpenSearch
MariaDB
Firebase Realtime Database
Cloud Firestore | firestore
HBase
ClickHouse
TimescaleDB
InfluxDB
CockroachDB
Teradata
IBM Db2 | db2
Sybase
Supabase
Stored Procedures | stored procedure
Database Design | schema design
Query Optimization | sql tuning | query tuning | performance tuning
Database Indexing | indexing
NoSQL
RDBMS
Database Administration | DBA
Database Replication | replication
Sharding
Vector Databases | vector database | vector db
pgvector
Pinecone
FAISS
ChromaDB | chroma
Weaviate
Milvus
Qdrant
Neptune | amazon neptune
ScyllaDB
Apache Druid | druid
Presto
Trino
MS Access | microsoft access
PouchDB
IndexedDB
SQL Triggers
SQL Views
Normalization | database normalization
ACID Transactions
@cloud devops_sre backend software_engineering
Amazon Web Services | AWS | amazon web services
AWS EC2 | EC2 | amazon ec2
Amazon S3 | S3 | AWS S3
AWS Lambda | lambda functions
Amazon RDS | AWS RDS | RDS
AWS CloudFormation | cloudformation
Amazon CloudWatch | cloudwatch
AWS IAM
Amazon VPC | AWS VPC | VPC
Amazon Route 53 | route 53 | route53
Amazon CloudFront | cloudfront
Amazon SQS | SQS
Amazon SNS | !SNS | AWS SNS
Amazon ECS | ECS
Amazon EKS | EKS
AWS Fargate | fargate
Amazon API Gateway | API Gateway
AWS Step Functions | step functions
Amazon Kinesis | kinesis
AWS Glue
Amazon Athena | AWS Athena
Amazon EMR | EMR
Amazon Redshift | redshift
Amazon Aurora | aurora
AWS Elastic Beanstalk | elastic beanstalk
Amazon Cognito | cognito
AWS CDK | cdk
Amazon ElastiCache | elasticache
AWS Secrets Manager
AWS KMS | KMS
AWS Amplify | amplify
Amazon Lightsail | lightsail
Amazon EventBridge | eventbridge
AWS AppSync | appsync
AWS CodePipeline | codepipeline
AWS CodeBuild | codebuild
Amazon Bedrock | AWS Bedrock
Amazon SageMaker | sagemaker | AWS SageMaker
AWS Certified Solutions Architect | aws solutions architect
AWS Certified Developer
AWS Certified Cloud Practitioner | cloud practitioner
Microsoft Azure | !Azure | azure cloud
Azure DevOps | ADO | VSTS
Azure Functions
Azure Kubernetes Service | AKS
Azure Data Factory | ADF
Azure Synapse Analytics | azure synapse | synapse
Azure SQL Database | azure sql
Azure Cosmos DB | cosmos db | cosmosdb
Azure Blob Storage | blob storage
Microsoft Entra ID | azure ad | azure active directory | entra id
ARM Templates
Azure Bicep | bicep
Azure App Service | app service
Azure Logic Apps | logic apps
Azure Service Bus | service bus
Azure Event Hubs | event hubs
Azure Key Vault | key vault
Azure Monitor
Azure Databricks
Azure Machine Learning | azure ml
Azure OpenAI | azure openai service
AZ-900 | azure fundamentals
AZ-104 | azure administrator
Google Cloud Platform | GCP | google cloud
Google BigQuery | BigQuery | big query
Google Kubernetes Engine | GKE
Google Cloud Run | cloud run
Google Cloud Functions | cloud functions
Google Pub/Sub | pubsub | cloud pub/sub
Google Cloud Storage | GCS
Google Dataflow | dataflow
Google Dataproc | dataproc
Google Cloud SQL | cloud sql
Vertex AI
Cloud Spanner | spanner
Cloud Bigtable | bigtable
Cloud Composer
Firebase
Firebase Authentication | firebase auth
DigitalOcean
Heroku
Vercel
Netlify
Cloudflare | cloudflare workers
Oracle Cloud Infrastructure | OCI | oracle cloud
IBM Cloud
Alibaba Cloud
OpenStack
VMware | vsphere | esxi
Hyper-V
Multi-Cloud | multi cloud
Cloud Migration
Cloud Architecture
Cloud Cost Optimization | finops
Hybrid Cloud
@devops devops_sre software_engineering
Docker | containerization | docker compose
Kubernetes | K8s | k8
!Helm | helm charts
Terraform
Ansible
!Chef
!Puppet
Jenkins
GitHub Actions
GitLab CI/CD | gitlab ci | gitlab-ci
CircleCI
Travis CI
Argo CD | argocd
FluxCD | flux cd
Spinnaker
Tekton
CI/CD | continuous integration | continuous delivery | continuous deployment | ci cd
Prometheus
Grafana
ELK Stack | ELK | elastic stack
Logstash
Kibana
Splunk
Datadog
New Relic
Dynatrace
AppDynamics
Nagios
Zabbix
PagerDuty
Opsgenie
Istio
Linkerd
Envoy Proxy | envoy
HAProxy
Vagrant
Packer
HashiCorp Vault | vault
HashiCorp Consul | consul
Nomad
OpenShift | red hat openshift
Rancher
Podman
containerd
Site Reliability Engineering | SRE
Incident Management
Observability
Infrastructure Monitoring | system monitoring
Load Balancing | load balancer | load balancers
Infrastructure as Code | IaC
GitOps
DevSecOps
DevOps
Linux | linux os
Linux Administration | linux admin | linux system administration
Unix
Red Hat Enterprise Linux | RHEL | red hat linux
Ubuntu
CentOS
Windows Server
Active Directory
Git | git version control
GitHub
GitLab
Bitbucket
SVN | subversion
SonarQube
Nexus Repository | sonatype nexus | nexus
JFrog Artifactory | artifactory
OpenTelemetry
Jaeger
Chaos Engineering
Capacity Planning
Disaster Recovery
Backup and Recovery | backup and restore
Release Management
Configuration Management
Change Management (IT) | itil change management
Patch Management
Auto Scaling | autoscaling
Blue-Green Deployment | blue green deployment
Canary Deployment | canary releases
Kustomize
Crossplane
Pulumi
Serverless Framework
Cloud Networking
SLO/SLI | slos | slis
Postmortems | blameless postmortems
On-Call | on call
Runbooks
Systemd
Vim
SSH
@networking devops_sre cybersecurity core_engineering
Computer Networking | networking | networks
TCP/IP
DNS
DHCP
HTTP/HTTPS | http
CCNA
CCNP
CCIE
Routing and Switching | routing & switching
Cisco Networking | !Cisco | cisco routers
Juniper Networks | juniper
BGP
OSPF
MPLS
SD-WAN
VLAN | vlans
VPN
LAN/WAN | lan | wan
Network Troubleshooting
Wi-Fi | wifi | wireless networking
Network Administration
Firewall Configuration | firewalls | firewall
Subnetting
IPv6
CDN | content delivery network
Proxy Servers | proxy
@security cybersecurity devops_sre
Cybersecurity | cyber security
Network Security
Information Security | InfoSec
Vulnerability Assessment and Penetration Testing | VAPT | vulnerability assessment
Penetration Testing | pentesting | pen testing
Ethical Hacking
Burp Suite
Metasploit
Nmap
Wireshark
Kali Linux
OWASP | owasp top 10
SIEM
Security Operations Center | SOC operations | security operations
IBM QRadar | qradar
CrowdStrike
Palo Alto Networks | palo alto | palo alto firewall
Fortinet | fortigate
Check Point | checkpoint firewall
IDS/IPS | intrusion detection
ISO 27001 | iso/iec 27001
SOC 2 | soc2
GDPR
PCI DSS | pci-dss
Identity and Access Management | IAM | identity management
Okta
CyberArk
SailPoint
Zero Trust
Threat Modeling | threat modelling
Incident Response
Digital Forensics | forensics
Malware Analysis
Cryptography | encryption
PKI | public key infrastructure
SSL/TLS | ssl | tls
Certified Ethical Hacker | CEH
CISSP
CISA
CISM
CompTIA Security+ | security+
OSCP
Cloud Security
Application Security | AppSec
SAST
DAST
Snyk
Veracode
Checkmarx
Nessus
Qualys
Threat Intelligence
Security Auditing | security audit
Endpoint Security | EDR
Data Loss Prevention | DLP
Privileged Access Management
Microsoft Defender | defender for endpoint
Sentinel | microsoft sentinel | azure sentinel
Risk Assessment
Security Compliance
Vulnerability Management
Secure Coding
DPDP Act | digital personal data protection act
@data_engineering data_engineering data_analytics backend
ETL | extract transform load | etl pipelines
ELT
Data Pipelines | data pipeline
Data Warehousing | data warehouse | dwh
Data Lakes | data lake | data lakehouse | lakehouse
Snowflake
Databricks
dbt | data build tool
Apache Airflow | airflow
Apache Spark | !Spark | spark sql
PySpark
Hadoop | apache hadoop | hdfs
Apache Hive | !Hive | hiveql
Apache Pig | !Pig
Apache Flink | flink
Apache Beam
Apache NiFi | nifi
Apache Storm
Sqoop
Kafka Streams
Spark Streaming | structured streaming
Delta Lake
Apache Iceberg | iceberg
Apache Hudi | hudi
Parquet | apache parquet
Avro
Informatica | informatica powercenter
Talend
SSIS | sql server integration services
SSRS | sql server reporting services
SSAS
Azure Data Lake | adls
Data Modeling | data modelling | dimensional modeling | star schema
Data Governance
Data Quality
Master Data Management | MDM
Data Lineage
Data Catalog | data catalogue
Change Data Capture | CDC
Debezium
Fivetran
Airbyte
Stitch
Matillion
Big Data
Batch and Stream Processing | stream processing
Data Migration
Data Integration
Great Expectations
Apache Superset | superset
Kafka Connect
Oozie
Pandas | pandas library
NumPy
Polars
Dask
@analytics data_analytics business_analysis
Data Analysis | data analytics | analytics
Microsoft Excel | Excel | MS Excel | ms-excel
Advanced Excel | advanced ms excel
VLOOKUP | vlookup | hlookup
XLOOKUP
Pivot Tables | pivot table | pivots
Excel Macros | macros
VBA | excel vba
Power BI | powerbi | microsoft power bi
DAX
Power Query
Power Pivot
Tableau
Looker
Looker Studio | google data studio | data studio
Qlik Sense | qliksense
QlikView
Metabase
Redash
Google Sheets
Data Visualization | data visualisation | dashboards | dashboarding
Statistics | statistical analysis
Hypothesis Testing
Regression Analysis | regression
Matplotlib
Seaborn
Plotly
SAS
SPSS | ibm spss
Stata
Alteryx
KNIME
MIS Reporting | MIS | management information system | mis reports
KPI Reporting | kpi dashboards | kpi tracking
Business Intelligence | BI
Time Series Analysis | time series
Web Analytics
Google Analytics | GA4 | google analytics 4 | universal analytics
Adobe Analytics
Mixpanel
Amplitude
Heap Analytics
Hotjar
Microsoft Clarity
Funnel Analysis
Cohort Analysis
Customer Segmentation | segmentation
RFM Analysis
Data Cleaning | data cleansing | data wrangling
Exploratory Data Analysis | EDA
Descriptive Statistics
Predictive Analytics
Sampling
ANOVA
Excel Dashboards
Data Storytelling
Report Automation | reporting automation
Survey Analysis
Jupyter Notebook | jupyter | jupyterlab
Google Colab | colab
SQL Queries | sql query writing
Window Functions
Sisense
Domo
MicroStrategy
Cognos | ibm cognos
Zoho Analytics
@ml_ai data_science_ml
Machine Learning | ML
Deep Learning
Natural Language Processing | NLP
Computer Vision
TensorFlow
PyTorch
Keras
scikit-learn | sklearn | scikit learn
XGBoost
LightGBM
CatBoost
OpenCV
Hugging Face | huggingface | hugging face transformers
Transformers
Large Language Models | LLM | LLMs
Generative AI | GenAI | gen ai | generative artificial intelligence
Artificial Intelligence | AI
LangChain
LlamaIndex
LangGraph
Retrieval-Augmented Generation | RAG | retrieval augmented generation
Prompt Engineering
Fine-Tuning | fine tuning | llm fine-tuning
LoRA | qlora
MLOps
MLflow
Kubeflow
Feature Engineering
Model Deployment | model serving
Reinforcement Learning
Recommendation Systems | recommender systems | recommendation engine
Time Series Forecasting
Clustering | k-means
Classification
Random Forest
Decision Trees
Gradient Boosting
Logistic Regression
Linear Regression
Support Vector Machines | SVM
Naive Bayes
Neural Networks | neural network
Convolutional Neural Networks | CNN | CNNs
Recurrent Neural Networks | RNN
LSTM
BERT
GPT | gpt-4 | chatgpt
YOLO
Object Detection
Image Segmentation
Image Classification
Speech Recognition | ASR
Text-to-Speech | TTS
Optical Character Recognition | OCR | tesseract
Anomaly Detection
spaCy
NLTK
Gensim
OpenAI API | openai
Anthropic API | claude api
Data Science
Statistical Modeling | statistical modelling
Bayesian Statistics
Dimensionality Reduction | PCA
Model Evaluation
Hyperparameter Tuning
Ensemble Methods
Sentiment Analysis
Named Entity Recognition | NER
Text Classification
Topic Modeling | topic modelling
Embeddings | word embeddings
Word2Vec
Stable Diffusion
Diffusion Models
GANs | generative adversarial networks
Graph Neural Networks | GNN
AI Agents | agentic ai | llm agents
Vector Search | semantic search
ONNX
TensorRT
CUDA
Triton Inference Server
vLLM
Ollama
Weights & Biases | wandb
DVC | data version control
Feature Store
A/B Testing | ab testing | a/b tests | split testing
Causal Inference
Experiment Design | experimentation
Survival Analysis
Markov Models | hidden markov models
Pattern Recognition
Data Mining
Predictive Modeling | predictive modelling
Edge AI
Responsible AI
Model Monitoring
AutoML
@testing qa_testing software_engineering
Manual Testing
Automation Testing | test automation | automated testing
Selenium | selenium webdriver | webdriver
Appium
Cypress
Playwright
Puppeteer
TestNG
NUnit
xUnit
PyTest
Mocha
Chai
Jasmine
Karma
Jest
React Testing Library | testing library
Enzyme
Cucumber
BDD | behavior driven development | behaviour driven development
Gherkin
REST Assured | rest-assured | restassured
SoapUI
JMeter | apache jmeter
LoadRunner
Gatling
k6
Performance Testing
Load Testing
Stress Testing
API Testing
Regression Testing
Functional Testing
Integration Testing
Smoke Testing
Sanity Testing
User Acceptance Testing | UAT
Black Box Testing
White Box Testing
Test Case Design | test cases | test case writing
Test Planning | test plan | test plans
Defect Tracking | bug tracking | defect management | bug reporting
TestRail
Zephyr
qTest
HP ALM | micro focus alm | quality center
Katalon Studio | katalon
Tricentis Tosca | tosca
UFT | QTP | unified functional testing
Ranorex
BrowserStack
Sauce Labs
LambdaTest
Mobile Testing | mobile app testing
Security Testing
Accessibility Testing
Page Object Model | POM
Data-Driven Testing | data driven testing
ISTQB | istqb certified
Test Strategy
SDLC | software development life cycle
STLC | software testing life cycle
Agile Testing
Exploratory Testing
Database Testing
ETL Testing
Contract Testing | pact
Robot Framework
SpecFlow
WebdriverIO | wdio
Detox
Espresso
XCUITest
End-to-End Testing | e2e testing | end to end testing
Cross-Browser Testing | cross browser testing
Test Automation Frameworks | automation framework | hybrid framework
Quality Assurance | QA | software quality assurance
Test Coverage | code coverage
Shift-Left Testing
Mutation Testing
Chaos Testing
Usability Testing
Compatibility Testing
Localization Testing
Game Testing
@embedded core_engineering software_engineering
Embedded C
Embedded Systems | embedded
Microcontrollers | microcontroller | 8051
Arduino
Raspberry Pi
RTOS
FreeRTOS
Embedded Linux
Device Drivers
Linux Kernel
FPGA
ASIC
PCB Design
Altium Designer | altium
KiCad
Simulink
LabVIEW
PLC | plc programming
SCADA
AUTOSAR
CAN Protocol | CAN bus
I2C
!SPI | spi protocol
UART
Internet of Things | IoT
MQTT
Zigbee
Bluetooth Low Energy | BLE
Keil
STM32
ESP32
Yocto
Firmware Development | firmware
Digital Electronics
Analog Electronics
Power Electronics
Signal Processing | DSP | digital signal processing
VLSI
Cadence
Synopsys
RTL Design
Physical Design
Static Timing Analysis | STA
Oscilloscope
Multimeter
@blockchain software_engineering backend
Blockchain
Ethereum
Smart Contracts | smart contract
Web3 | web3.js
Hardhat
Truffle
Hyperledger Fabric | hyperledger
Solana
DeFi
NFTs | nft
Polygon
Ethers.js
@tooling software_engineering
Visual Studio Code | VS Code | vscode
Visual Studio
IntelliJ IDEA | intellij
Eclipse IDE | eclipse
PyCharm
Jira | JIRA | atlassian jira
Confluence
Linux Command Line | command line | cli
Regex | regular expressions
Code Review | code reviews
Debugging
Performance Optimization | performance optimisation
Profiling
Technical Documentation
Version Control
Pair Programming
Open Source | open-source contributions
Competitive Programming | leetcode | codechef | codeforces
Chrome DevTools | devtools
Sentry
Swagger UI
cURL
Makefile | makefiles
CMake
GCC
LLVM
Valgrind
GDB
Copilot | github copilot
Cursor AI Editor | cursor ide
Low-Code | low code
No-Code | no code
Power Apps | powerapps
Power Automate | microsoft flow
UiPath
Automation Anywhere
Blue Prism
Robotic Process Automation | RPA
ServiceNow
ServiceNow Development | servicenow developer
Salesforce Development | salesforce developer | sfdc development
Salesforce Lightning | lightning web components | LWC
Visualforce
Salesforce Administration | salesforce admin
Pega | pega prm | pegasystems
Appian
OutSystems
Mendix
SharePoint
Zapier
Make.com | integromat
n8n
Retool
Airtable
Bubble.io | bubble
Webflow
Wix
Squarespace
@cross_listing frontend
JavaScript
TypeScript
HTML
CSS
Sass
REST APIs
Figma
Git
@cross_listing data_analytics data_science_ml data_engineering
Python
!R
SQL
Scala
Statistics
Pandas
NumPy
Jupyter Notebook
@cross_listing mobile
Kotlin
!Swift
Dart
Objective-C
Java
Firebase
REST APIs
Git
@cross_listing devops_sre
Python
!Go
Bash
Shell Scripting
PowerShell
Linux
Git
Computer Networking
@cross_listing finance_accounting operations_supply_chain hr_recruitment sales_bd marketing customer_support business_analysis consulting
Microsoft Excel
Advanced Excel
VLOOKUP
Pivot Tables
Microsoft PowerPoint
MIS Reporting
@cross_listing finance_accounting
Power BI
SAP FICO
Data Analysis
@cross_listing qa_testing
Jira
SQL
Postman
Agile
@cross_listing product_management
Jira
SQL
Figma
Wireframing
A/B Testing
Mixpanel
Amplitude
Google Analytics
Market Research
Stakeholder Management
@cross_listing marketing
A/B Testing
Canva
Google Analytics
Copywriting
Content Writing
Adobe Photoshop
@cross_listing data_science_ml
Data Analysis
Data Visualization
Exploratory Data Analysis
Hypothesis Testing
Regression Analysis
Matplotlib
Seaborn
Apache Spark
@cross_listing customer_support
Salesforce
Zoho CRM
Microsoft Excel
Communication Skills
@cross_listing operations_supply_chain
SAP MM
SAP SD
Six Sigma
Vendor Management
@cross_listing core_engineering
AutoCAD
MATLAB
Six Sigma
`;
