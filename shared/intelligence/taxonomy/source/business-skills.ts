/** Compact source for non-tech skills; same format as tech-skills.ts. */
export const BUSINESS_SKILLS = `
@erp finance_accounting operations_supply_chain business_analysis
SAP | sap erp | sap ecc
SAP FICO | sap fi/co | sap fi co | sap fi | sap co
SAP MM | sap materials management
SAP SD | sap sales and distribution
SAP PP | sap production planning
SAP HANA | hana
SAP S/4HANA | s/4hana | s4 hana | s4hana
SAP BW | sap bw/4hana
SAP Basis | basis
SAP HCM | sap hr
SAP SuccessFactors | successfactors
SAP Ariba | ariba
SAP EWM
SAP WM
SAP QM
SAP PM
SAP CRM
SAP BusinessObjects | sap bo | business objects
SAP Fiori | fiori
SAPUI5 | sap ui5
SAP CPI
SAP PI/PO | sap pi | sap po
SAP Business One | sap b1
Oracle ERP
Oracle E-Business Suite | oracle ebs | oracle apps
Oracle Fusion | oracle fusion cloud
JD Edwards | JDE
Microsoft Dynamics 365 | dynamics 365 | d365
Dynamics NAV | navision
Dynamics AX
NetSuite | oracle netsuite
Odoo
Infor
Epicor
ERP Implementation | erp
@accounting_tax finance_accounting
Tally | tally erp 9 | tally erp | tally prime | tallyprime | tally.erp 9
GST | goods and services tax | gst filing | gst returns | gst compliance | gstr
TDS | tax deducted at source | tds returns | tds filing
Ind AS | indas | indian accounting standards
IFRS
US GAAP | gaap
Indian GAAP | igaap
Accounts Payable | AP process | accounts payable process
Accounts Receivable | AR process
Bank Reconciliation | BRS | bank reconciliation statement
Financial Reporting
Budgeting
Forecasting | financial forecasting
FP&A | financial planning and analysis
Financial Modeling | financial modelling
Valuation | business valuation | dcf
Equity Research
Statutory Audit
Internal Audit
Tax Audit
Income Tax | income tax returns | itr filing | ITR
Transfer Pricing
Cost Accounting | costing | cost and management accounting
Payroll Accounting
ROC Compliance | roc filings | mca filings | roc
Companies Act | companies act 2013
FEMA
Zoho Books
QuickBooks
Busy Accounting Software | !BUSY | busy software
Marg ERP | marg
Xero
Oracle Financials
Treasury Management | treasury
Working Capital Management | working capital
Credit Analysis | credit appraisal
Underwriting
KYC | know your customer
AML | anti money laundering
Bloomberg Terminal | bloomberg
Capital Markets
Mutual Funds
NISM | nism certification
Derivatives
Financial Risk Management | risk management
Basel Norms | basel iii
General Ledger | GL accounting | !GL | general ledger accounting
Month-End Closing | month end closing | month end close | books closure
Consolidation | financial consolidation
Auditing | audit
Vouching
E-Way Bill | eway bill | e way bill
Invoice Processing | invoicing | billing
Reconciliation | reconciliations | account reconciliation
Finalisation of Accounts | finalization of accounts | books finalisation | accounts finalization
Bookkeeping | book keeping
Direct Tax | direct taxation
Indirect Tax | indirect taxation
Advance Tax
Form 16
Balance Sheet Preparation | balance sheet
Profit and Loss | P&L | p&l management
Cash Flow Management | cash flow | cash flow statement
Fixed Asset Accounting | fixed assets
Inventory Valuation
Journal Entries | journal entry
Trial Balance
Variance Analysis
Financial Analysis
Ratio Analysis
Cost Control | cost reduction
Internal Controls | internal financial controls | IFC
SOX Compliance | SOX | sarbanes-oxley
Risk-Based Audit
Forensic Accounting
Chartered Accountancy | chartered accountant | !CA
CA Inter | ca intermediate | ipcc
CMA | cost accountant | icwa
CFA | chartered financial analyst
ACCA
CPA
Company Secretary | company secretarial
Secretarial Compliance
SEBI Regulations | sebi compliance | sebi
RBI Guidelines | rbi compliance
Income Tax Act
GST Audit
Import Export Accounting
Expense Management | expense reports
Petty Cash Management | petty cash
Vendor Payments
Payment Reconciliation
Collections | debt collection
Credit Control
Investment Banking
Private Equity
Venture Capital
Mergers and Acquisitions | M&A
Due Diligence | financial due diligence
Portfolio Management
Wealth Management
Financial Stock Market | equity markets | share market
Trade Finance
Foreign Exchange | forex
Letter of Credit
Loan Processing | loan origination
Credit Card Operations
Retail Banking
Corporate Banking
Core Banking | core banking solutions | CBS
Finacle
Oracle Flexcube | flexcube
Temenos T24 | t24
Insurance Underwriting
Claims Processing | claims management
Actuarial Science | actuarial
Fund Accounting
NAV Calculation
Hyperion | oracle hyperion
Anaplan
BlackLine
Zoho Expense
Accounting | financial accounting
Management Accounting
Budget Planning
Revenue Recognition | ind as 115 | asc 606
Lease Accounting | ind as 116
Financial Statements | financial statement analysis
@operations operations_supply_chain
Supply Chain Management | SCM | supply chain
Logistics | logistics management
Procurement | procure to pay | P2P
Vendor Management | supplier management | vendor development
Inventory Management | inventory control | stock management
Warehouse Management | WMS | warehouse operations
Demand Planning | demand forecasting
Supply Planning
S&OP | sales and operations planning
Sourcing | strategic sourcing
Purchasing | purchase management
Purchase Orders | PO processing | purchase order
Oracle SCM
Lean Manufacturing | !Lean
Six Sigma
Lean Six Sigma
Six Sigma Green Belt | green belt
Six Sigma Black Belt | black belt
Kaizen
5S
Total Productive Maintenance | TPM
Total Quality Management | TQM
ISO 9001
Quality Control | QC
Production Planning | production planning and control
Fleet Management
Last-Mile Delivery | last mile delivery | last mile
Route Optimization | route planning
Freight Forwarding
EXIM | export import | import export | exim documentation
Customs Clearance | customs
Incoterms
Cold Chain
Third-Party Logistics | 3PL
Distribution Management | distribution network
Dispatch Management | dispatch
Category Management
Store Operations
Retail Operations
Facility Management | facilities management
Office Administration | administration | admin
MS Project | microsoft project
Project Management
PMP | project management professional
PRINCE2
Process Improvement | process optimization
Root Cause Analysis | RCA
Standard Operating Procedures | SOP | SOPs
Operations Management
Business Operations
Capacity Utilization
Material Requirements Planning | MRP
Bill of Materials | BOM
Order Management | order processing
Order to Cash | O2C | order-to-cash
Contract Management
Negotiation with Vendors | vendor negotiation
Cost Optimization
Shipping | shipment
Transportation Management | TMS
Reverse Logistics
E-commerce Operations | ecommerce operations
Marketplace Management | amazon seller central | flipkart seller
Catalog Management | cataloguing
Quality Assurance (Manufacturing) | manufacturing quality
Plant Operations
Health and Safety | EHS | HSE
Audit Compliance
Stock Audit
GRN | goods receipt note
Material Handling
Packaging
Production Scheduling
Shop Floor Management
Maintenance Management | preventive maintenance
Asset Management
Fleet Operations
Hub Operations
Cross-Docking | cross docking
Warehouse Layout | slotting
Barcode Scanning | barcode
RFID
ERP Operations
Process Mapping | process documentation
Value Stream Mapping | VSM
FMEA
Statistical Process Control | SPC
PDCA
Business Continuity Planning | BCP
Travel Management
Event Management | event planning
Front Office | reception
Housekeeping
Food and Beverage | F&B
Hotel Operations | hospitality
Medical Coding | ICD-10 | CPT coding
Medical Billing
Revenue Cycle Management | RCM
Clinical Research | clinical trials
Pharmacovigilance
Good Manufacturing Practices | GMP
Regulatory Affairs
Healthcare Operations
Hospital Administration
@hr hr_recruitment
Recruitment | recruiting | talent acquisition
End-to-End Recruitment | end to end recruitment | full cycle recruitment | full life cycle recruiting
Candidate Sourcing | sourcing candidates | talent sourcing
Boolean Search
Naukri RMS | naukri | naukri.com | naukri portal
LinkedIn Recruiter
Candidate Screening | screening | resume screening
Interview Scheduling | interview coordination
Onboarding | employee onboarding
Induction | employee induction
Payroll | payroll processing | payroll management
HR Business Partnering | HRBP | hr business partner
Employee Engagement
Performance Management | PMS | performance appraisal | appraisals
Compensation and Benefits | C&B | compensation & benefits | comp and ben
HRIS | hrms
Darwinbox
Keka
greytHR
Zoho People
Workday
Oracle HCM
Exit Interviews | exit formalities
Grievance Handling | grievance redressal
Employee Relations | industrial relations
Learning and Development | L&D | training and development
Training Needs Analysis | TNA
Campus Hiring | campus recruitment | campus drives
Bulk Hiring | volume hiring | mass hiring
Lateral Hiring
Leadership Hiring | executive search
Technical Recruitment | IT recruitment | tech hiring
Non-IT Recruitment | non it recruitment
HR Analytics | people analytics
HR Policies | policy formulation
Statutory Compliance | labour compliance
Provident Fund | EPF | !PF | epfo
ESIC | !ESI | employee state insurance
Professional Tax
Gratuity
Labour Laws | labour law | labor laws
Shops and Establishments Act
POSH | prevention of sexual harassment
Attendance Management
Leave Management
Background Verification | BGV | background checks
Offer Negotiation | salary negotiation
Job Posting | job postings
Headhunting
Talent Management
Succession Planning
Organisational Development | organizational development
Change Management
Employer Branding
Diversity and Inclusion | DEI | D&I
Full and Final Settlement | F&F | full & final settlement
KRA Setting | KRA | KPI setting | goal setting
HR Generalist | generalist hr
HR Operations | hr ops
Employee Lifecycle Management | employee life cycle
Manpower Planning | workforce planning
Job Descriptions | JD writing
Competency Mapping
Psychometric Assessment | psychometric testing
Vendor Management (Staffing) | staffing vendors
RPO | recruitment process outsourcing
Staffing | contract staffing
ATS | applicant tracking system
Greenhouse
Lever
Zoho Recruit
Employee Wellness | wellbeing
Rewards and Recognition | R&R
HR Audit
Benefits Administration
Time Office | time office management
Contract Labour | contract labour act
Disciplinary Proceedings | domestic enquiry
HR Documentation | offer letters | appointment letters
Salary Structuring | ctc structuring
Exit Management
Employee Retention | attrition management
@customer_support customer_support
Customer Service | customer care
Customer Support
Technical Support | tech support | IT support
Voice Process | international voice process | domestic voice process | voice support
Non-Voice Process | non voice process | chat process | chat support
Email Support
Zendesk
Freshdesk
Salesforce Service Cloud | service cloud
Zoho Desk
Intercom
Ticketing Systems | ticketing | ticketing tools
CSAT | customer satisfaction
NPS | net promoter score
First Call Resolution | FCR
Escalation Management | escalation handling | escalations
Complaint Handling | complaint resolution | complaint management
Inbound Calls | inbound calling | inbound process
Outbound Calls | outbound calling | outbound process
Customer Retention
Customer Success
Client Onboarding | customer onboarding
SLA Management | SLA | SLAs
BPO | call center | call centre
Telecalling | tele calling | telesales | telemarketing
CRM | customer relationship management
Active Listening
Conflict Resolution
Helpdesk | help desk | service desk
ITIL | itil v4 | itil foundation
Troubleshooting
L1 Support | level 1 support
L2 Support | level 2 support
L3 Support
Desktop Support
Application Support | production support
Customer Experience | CX
Call Quality Monitoring | quality monitoring
AHT | average handling time
Live Chat
Customer Feedback | voice of customer | VOC
Churn Reduction | churn
Renewals
Account Support
Freshchat
Genesys
Avaya
Five9
Customer Education
Knowledge Base | knowledge management
Back Office Operations | back office
Data Entry | typing
Chat Moderation | content moderation
Order Support
Returns and Refunds
Hindi Communication | hindi fluency
@sales sales_bd
B2B Sales
B2C Sales
Inside Sales
Field Sales
Enterprise Sales
SaaS Sales
Channel Sales | channel management
Retail Sales
Key Account Management | KAM | key accounts
Lead Generation | lead gen
Cold Calling
Business Development | BD | biz dev
Negotiation | negotiation skills
Sales Forecasting
Pipeline Management | sales pipeline
Salesforce | SFDC | salesforce crm | salesforce.com
Zoho CRM
HubSpot CRM
Pipedrive
LeadSquared
Freshsales
Territory Management
Dealer Management | dealer network | distributor management
Channel Partner Management | partner management
Pre-Sales | presales | pre sales
Solution Selling
Consultative Selling | consultative sales
SPIN Selling
Upselling | cross-selling | cross selling | up-selling
Account Management
Relationship Management | client relationship management | client relations
Sales Operations | sales ops
Tendering | tenders | tender management | government tenders | GeM
RFP Response | RFP | RFPs | rfp management
Product Demos | product demonstration
Bancassurance | banca
Insurance Sales
Real Estate Sales
Pharma Sales | medical representative
Institutional Sales
Corporate Sales
Modern Trade
General Trade
Merchandising | visual merchandising
Outbound Sales
Sales Presentations
Sales Strategy
Sales Management | sales team management
Revenue Growth | revenue generation
Market Expansion
Client Acquisition | customer acquisition
Deal Closing | closing deals
Sales Targets | target achievement | achieving sales targets
Sales Enablement
Sales Analytics
Sales Training
Quotation Preparation | quotations
Order Booking
Collections Follow-up | payment follow up
Cold Emailing | cold email | email outreach
LinkedIn Sales Navigator | sales navigator
Apollo.io | apollo io
Lusha
ZoomInfo
Outreach.io
Gong
Account-Based Selling | account based selling
Trade Shows | exhibitions
Franchise Development
Export Sales
International Sales
Door-to-Door Sales | door to door sales
Showroom Sales
Automobile Sales | automotive sales
Ed-Tech Sales | edtech sales | counselling sales
Loan Sales | loans
Credit Card Sales
Sales Coordination | sales coordinator
Business Proposals | proposal writing
Stakeholder Management | stakeholder engagement
@marketing marketing
Search Engine Optimization | SEO | on-page seo | off-page seo | technical seo
Search Engine Marketing | SEM
Social Media Marketing | SMM | social media
Google Ads | adwords | google adwords
Meta Ads | facebook ads | instagram ads | facebook ads manager
LinkedIn Ads
Performance Marketing | paid marketing | paid media
Pay-Per-Click | PPC | pay per click
Content Marketing
Email Marketing
Affiliate Marketing
Influencer Marketing
Google Tag Manager | GTM
HubSpot | hubspot marketing
Mailchimp
SEMrush
Ahrefs
Moz
Hootsuite
!Buffer | buffer app
Marketing Automation
Marketo
Pardot
Salesforce Marketing Cloud | SFMC
CleverTap
MoEngage
WebEngage
AppsFlyer
Branch.io
Digital Marketing
Brand Management | brand strategy | branding
Brand Marketing
Product Marketing
Growth Marketing | growth hacking
Marketing Strategy
Market Research
Competitive Analysis | competitor analysis
Go-to-Market Strategy | go-to-market | go to market | GTM strategy
Campaign Management | campaigns
Marketing Analytics
Conversion Rate Optimization | CRO
Landing Pages | landing page optimization
Keyword Research
Link Building | backlinks
Local SEO | google my business | google business profile
App Store Optimization | ASO
YouTube Marketing
WhatsApp Marketing | whatsapp business api
SMS Marketing
Programmatic Advertising | programmatic
Display Advertising | display ads | banner ads
Video Marketing
Community Management
Public Relations | media relations
Event Marketing
Trade Marketing
BTL Marketing | BTL | below the line
ATL Marketing | ATL | above the line
Marketing Communications | marcom
Copy Editing
Customer Journey Mapping | customer journey
Lifecycle Marketing | CRM marketing | retention marketing
Loyalty Programs
Referral Marketing
Account-Based Marketing | ABM
Demand Generation | demand gen
B2B Marketing
B2C Marketing
D2C Marketing | D2C | direct to consumer
E-commerce Marketing
Amazon Ads | amazon advertising | amazon ppc
Media Planning | media buying
Budget Management (Marketing) | marketing budget
ROI Analysis | ROAS | roi
Customer Acquisition Cost | CAC
Attribution Modeling | attribution
UTM Tracking | utm
Google Search Console | search console
Screaming Frog
Yoast SEO | yoast
Ubersuggest
Sprout Social
Meta Business Suite | facebook business manager
Canva
Marketing Research | consumer research | consumer insights
Focus Groups
Positioning | brand positioning
Pricing Strategy | pricing
Product Launch | product launches
Partnership Marketing | partnerships | co-marketing
Guerrilla Marketing
Rural Marketing
Growth Strategy
Viral Marketing
Content Calendar | editorial calendar
Social Media Analytics
Social Listening
Online Reputation Management | ORM
@product product_management business_analysis
Product Management
Product Roadmap | roadmapping | product roadmaps
Product Requirements Document | PRD | PRDs
User Stories
Backlog Prioritization | backlog management | prioritization | backlog grooming
Product Strategy
Product Analytics
Product Discovery
Customer Interviews | user interviews
OKRs | objectives and key results
KPIs | key performance indicators | metrics definition
Product Lifecycle Management | PLM | product lifecycle
Minimum Viable Product | !MVP
Product Ownership | product owner
Product Vision
Feature Prioritization | rice framework | moscow prioritization
Jobs To Be Done | JTBD
Product-Led Growth | PLG
Retention Analysis
Monetization | revenue models
Platform Products
API Products
Aha!
Productboard
Pendo
Release Planning
Sprint Planning
Competitive Benchmarking | benchmarking
Market Sizing | TAM
Business Case | business cases
Unit Economics
Product Metrics
North Star Metric
User Research
Technical Product Management
@design design_ux
Figma
Adobe XD | xd
!Sketch | sketch app
InVision
Adobe Photoshop | Photoshop
Adobe Illustrator | Illustrator
Adobe InDesign | InDesign
Adobe After Effects | After Effects
Adobe Premiere Pro | Premiere Pro | premiere
Adobe Lightroom | lightroom
Adobe Creative Suite | adobe creative cloud | adobe cc
CorelDRAW | corel draw
Blender
Autodesk Maya | maya
3ds Max | 3d max | 3dsmax
AutoCAD
SketchUp
Revit | autodesk revit
UI Design | user interface design
UX Design | user experience design | user experience
UI/UX Design | ui/ux | ui ux | ux/ui
Wireframing | wireframes
Prototyping | prototypes
Interaction Design | IxD
Visual Design
Design Systems | design system
Information Architecture
Typography
Brand Identity Design | brand identity | visual identity
Motion Graphics | motion design
Graphic Design
Logo Design
Illustration
Mobile App Design | app design
Design Thinking
Persona Development | user personas | personas
Heuristic Evaluation
Zeplin
Framer
ProtoPie
Miro
FigJam
Balsamiq
Axure RP | axure
Lottie
Color Theory
Layout Design
Print Design
Packaging Design
Video Editing
Final Cut Pro
DaVinci Resolve
Animation | 2d animation
3D Modeling | 3d modelling
Character Design
Storyboarding
Cinema 4D
Adobe Animate
Spline
Iconography
Infographics
Web Design
Email Design | email templates
Social Media Creatives | creatives
Presentation Design | deck design
Photography
Procreate
Design Critique
Service Design
UX Writing | microcopy
Card Sorting
Usability Heuristics
Interior Design
Fashion Design
Product Design
Industrial Design
CAD | computer aided design
@business_analysis business_analysis product_management consulting
Requirements Gathering | requirement gathering | requirements elicitation | requirement analysis
Business Requirements Document | BRD | BRDs
Functional Requirements Document | FRD | functional specifications | FSD
Use Cases | use case
Business Process Modeling | business process modelling | BPM
BPMN
Gap Analysis
SWOT Analysis | swot
UML | unified modeling language
Microsoft Visio | visio | ms visio
Lucidchart
Draw.io | diagrams.net
CBAP
Agile | agile methodology | agile methodologies
Scrum | scrum methodology
Kanban
Waterfall
SAFe | scaled agile
Certified Scrum Master | CSM | scrum master
Feasibility Study | feasibility analysis
Impact Analysis
Cost-Benefit Analysis | cost benefit analysis
Process Re-engineering | BPR | business process reengineering
Change Requests | change request management
Requirements Traceability Matrix | RTM | traceability matrix
Acceptance Criteria
Business Analysis
Functional Testing Support
As-Is To-Be Analysis | as-is to-be | as is to be
Data Mapping
Stakeholder Interviews
Workshops Facilitation | workshop facilitation
Domain Knowledge (BFSI) | BFSI | banking domain
Domain Knowledge (Healthcare) | healthcare domain
Domain Knowledge (Retail) | retail domain
Domain Knowledge (Insurance) | insurance domain
Domain Knowledge (Telecom) | telecom domain
Fintech
Edtech
@consulting consulting business_analysis
Strategy Consulting
Management Consulting
Business Strategy | corporate strategy
Strategic Planning
Market Entry Strategy
Operational Excellence
Business Transformation | digital transformation
Program Management
PMO | project management office
Client Management | client engagement
Problem Solving
Presentation Skills | presentations
Microsoft PowerPoint | PowerPoint | MS PowerPoint | ppt
Storytelling
Business Process Improvement
Research Methodology | secondary research | primary research | market and secondary research
Report Writing
Hypothesis-Driven Analysis | hypothesis driven
Commercial Due Diligence
Operating Model Design | operating model
Organisation Design | organization design
Proposal Development
Thought Leadership
Benchmarking Studies
Economic Analysis
Policy Research | public policy
ESG | sustainability | esg reporting
Risk Consulting
Regulatory Compliance | compliance
Legal Research
Contract Drafting | drafting
Litigation
Corporate Law
Intellectual Property | IPR | patents
@soft_skill consulting sales_bd customer_support hr_recruitment product_management
Team Leadership | team management | people management | team handling
Leadership
Communication Skills | communication | verbal communication | written communication
Time Management
Critical Thinking
Analytical Skills | analytical thinking
Teamwork | team player | collaboration
Decision Making
Mentoring | coaching
Public Speaking
Cross-Functional Collaboration | cross functional
Adaptability
Attention to Detail | detail oriented
Multitasking
Interpersonal Skills
Customer Focus | customer centric
Emotional Intelligence
Creativity
Work Ethic
Business Acumen
Organisational Skills | organizational skills
Planning
Self-Motivated | self motivated
English Proficiency | fluent english | english communication
@office consulting operations_supply_chain finance_accounting hr_recruitment customer_support
Microsoft Office | MS Office | ms office suite
Microsoft Word | MS Word | ms-word
Microsoft Outlook | MS Outlook | !Outlook
Google Workspace | G Suite | gsuite
Google Docs
Google Slides
Google Forms
Notion
Slack
Microsoft Teams | MS Teams
Zoom
Trello
Asana
Monday.com
ClickUp
Smartsheet
Basecamp
Calendly
DocuSign
Adobe Acrobat | acrobat
Typing Speed | typing skills
Email Etiquette | business email writing
Internet Research
Calendar Management
Documentation
Records Management | record keeping
MIS Preparation
@content content_writing marketing
Content Writing | content writer
Copywriting | copy writing | copywriter
Technical Writing | technical writer
Blogging | blog writing | blogs
SEO Writing | seo content writing | seo content
Proofreading
Editing | content editing
Content Strategy
Creative Writing
Scriptwriting | script writing
Social Media Content | social media content writing
Ghostwriting
Academic Writing
Research Writing
Grant Writing
API Documentation
Press Releases | press release
Journalism
Content Management Systems | CMS
Grammarly
Translation
Transcription
Localization | localisation
Newsletter Writing | newsletters
Product Descriptions
Whitepapers | white papers
Case Studies
Email Copywriting
Long-Form Content | long form content
Hindi Content Writing | hindi writing
Editorial Planning
Content Research
Fact Checking
AP Style | chicago manual of style
DITA
MadCap Flare
Markdown
Docs-as-Code | docs as code
Release Notes
User Manuals | user guides
Instructional Writing
Podcasting | podcast production
Voice-Over | voice over
Subtitling
@teaching teaching_education
Lesson Planning | lesson plans
Classroom Management
Curriculum Development | curriculum design
CBSE | cbse curriculum
ICSE | icse curriculum
IB Curriculum | international baccalaureate | IB
Cambridge IGCSE | IGCSE
State Board Curriculum | state board
NEP 2020 | national education policy
CTET | ctet qualified
TET | teacher eligibility test
Online Teaching | online tutoring | virtual classroom
Google Classroom
Moodle
Assessment Design | assessments | student assessment
Student Counselling | student counseling | career counselling
Mathematics | maths | math
Physics
Chemistry
Biology
English Literature
English Grammar
Social Studies | social science
Computer Science Teaching | computer teacher
Phonics
Montessori | montessori method
Early Childhood Education | ECCE | early childhood care
Special Education | special educator
JEE Coaching | IIT-JEE | iit jee
NEET Coaching | neet
UPSC Coaching | upsc
Tutoring | tuition
Instructional Design | instructional designer
E-Learning | elearning | e-learning development
Articulate Storyline | articulate 360
Adobe Captivate | captivate
Learning Management Systems | LMS
Parent-Teacher Communication | PTM | parent teacher meetings
Smart Class | smart board
Educational Technology | edtech tools
Spoken English | spoken english training
IELTS Training | IELTS | toefl
Doubt Solving | doubt clearing
Question Paper Setting | paper setting
Answer Sheet Evaluation
Activity-Based Learning | activity based learning
Experiential Learning
Differentiated Instruction
Student Engagement
Remedial Teaching
Co-curricular Activities | extracurricular activities
Corporate Training | soft skills training
Train the Trainer | TTT
Academic Coordination
School Administration
Content Development (Academic) | academic content development
Subject Matter Expertise | subject matter expert
Hindi Teaching | hindi teacher
Sanskrit Teaching
Music Teaching
Physical Education
Art and Craft
Bloom's Taxonomy | blooms taxonomy
Formative Assessment
Summative Assessment
@core_engineering core_engineering
SolidWorks
CATIA
Creo | ptc creo | pro/e
ANSYS
STAAD.Pro | staad pro | staad
ETABS
Primavera P6 | primavera
Quantity Surveying | BOQ
Site Execution | site supervision
Building Information Modeling | BIM
HVAC
GD&T
Siemens NX | unigraphics
AutoCAD Electrical
Electrical Design
Structural Analysis | structural design
Estimation and Costing | costing estimation | cost estimation
Surveying | total station
Construction Management
MEP | mechanical electrical plumbing
Piping Design | piping
Plant Design | pdms | e3d
Tekla Structures | tekla
CNC Programming | CNC
Machining
Welding
Sheet Metal Design | sheet metal
Injection Molding | moulding
Thermal Engineering
Fluid Mechanics | CFD
Finite Element Analysis | FEA
Power Systems
Transformers (Electrical) | transformer testing
Switchgear
Electrical Maintenance
Instrumentation | control and instrumentation
Automotive Engineering
Vehicle Dynamics
Manufacturing Engineering
Industrial Engineering
Quality Engineering | quality engineer
APQP
PPAP
Reliability Engineering
Renewable Energy | solar energy | solar pv
Energy Audit
Safety Engineering | fire safety
NEBOSH
Environmental Engineering
Geotechnical Engineering
Road Construction | highways
Water Resources
Project Planning (Construction) | project planning
`;
