import { type DynamicModule, Module } from '@nestjs/common';
import { provideSettings } from '@contactly/platform';
import { CustomersModule } from '@contactly/customers';
import { IdentityModule } from '@contactly/identity';
import { BookingStatusTypeController } from './booking-status-type/booking-status-type.controller.js';
import { BookingStatusTypeRepository } from './booking-status-type/booking-status-type.repository.js';
import { BookingStatusTypeService } from './booking-status-type/booking-status-type.service.js';
import { BookingController } from './booking/booking.controller.js';
import { BookingRepository } from './booking/booking.repository.js';
import { BookingInputs } from './booking/booking-inputs.js';
import { BookingMoves } from './booking/booking-moves.js';
import { BookingService } from './booking/booking.service.js';
import { BookingViews } from './booking/booking-views.js';
import { ChannelBlockController, ChannelBlocksOfChannelController } from './channel-block/channel-block.controller.js';
import { MyChannelsController } from './channel-block/my-channels.controller.js';
import { ChannelBlockRepository } from './channel-block/channel-block.repository.js';
import { ChannelBlockService } from './channel-block/channel-block.service.js';
import { ClientController } from './client/client.controller.js';
import { ClientDirectory } from './client/client-directory.js';
import { ClientProfileRepository } from './client/client-profile.repository.js';
import { ClientService } from './client/client.service.js';
import { CommunicationTypeController } from './communication-type/communication-type.controller.js';
import { CommunicationTypeRepository } from './communication-type/communication-type.repository.js';
import { CommunicationTypeService } from './communication-type/communication-type.service.js';
import { CompanyController } from './company/company.controller.js';
import { CompanyRepository } from './company/company.repository.js';
import { CompanyService } from './company/company.service.js';
import { CommunicationsDemoData } from './demo/communications-demo-data.js';
import { DepartmentController } from './department/department.controller.js';
import { DepartmentRepository } from './department/department.repository.js';
import { DepartmentService } from './department/department.service.js';
import { DocumentController } from './document/document.controller.js';
import { DocumentRepository } from './document/document.repository.js';
import { DocumentService } from './document/document.service.js';
import { MultipartSupport } from './document/multipart-support.js';
import { DEFAULT_UPLOAD_LIMITS, DocumentUploadLimits } from './document/upload-limits.js';
import { COMMUNICATIONS_ACCESS } from './communications.access.js';
import { CommunicationsSettings } from './communications.settings.js';
import { EmployeeController } from './employee/employee.controller.js';
import { EmployeeRepository } from './employee/employee.repository.js';
import { EmployeeService } from './employee/employee.service.js';
import { RoleCommunicationPermissionController } from './role-permission/role-communication-permission.controller.js';
import { RoleCommunicationPermissionRepository } from './role-permission/role-communication-permission.repository.js';
import { RoleCommunicationPermissionService } from './role-permission/role-communication-permission.service.js';
import { RuleController } from './rule/rule.controller.js';
import { SendChannelTypeController } from './send-channel-type/send-channel-type.controller.js';
import { SendChannelTypeRepository } from './send-channel-type/send-channel-type.repository.js';
import { SendChannelTypeService } from './send-channel-type/send-channel-type.service.js';
import { RuleRepository } from './rule/rule.repository.js';
import { RuleService } from './rule/rule.service.js';
import { CatalogRefs } from './shared/catalog-refs.js';
import { CatalogDependencies } from './shared/catalog.service.js';
import { UsageRepository } from './shared/usage.repository.js';
import { AvailabilityController } from './availability/availability.controller.js';
import { CustomerOverviewCommunications } from './availability/customer-overview-communications.js';
import { AvailabilityService } from './availability/availability.service.js';
import { ClientGroupController } from './client-group/client-group.controller.js';
import { ClientGroupRepository } from './client-group/client-group.repository.js';
import { ClientGroupService } from './client-group/client-group.service.js';
import { CommunicationController } from './communication/communication.controller.js';
import { CommunicationRepository } from './communication/communication.repository.js';
import { CommunicationService } from './communication/communication.service.js';
import { MailingController } from './communication/mailing.controller.js';
import { MailingRepository } from './communication/mailing.repository.js';
import { MailingService } from './communication/mailing.service.js';
import { SendCircumstances } from './communication/send-circumstances.js';
import { SenderAuthority } from './communication/sender-authority.js';
import { TranslationsRepository } from './language/translations.repository.js';
import { SendPlanner } from './communication/send-planner.js';
import { SendingService } from './communication/sending.service.js';
import { DeliveryReceiptController } from './delivery/delivery-receipt.controller.js';
import { DeliveryReceiptService } from './delivery/delivery-receipt.service.js';
import { ReceiptSignatureGuard } from './delivery/receipt-signature.guard.js';
import { ChannelKindsRepository } from './dispatch/channel-kinds.repository.js';
import { ChannelProviders } from './dispatch/channel-providers.js';
import { CommunicationDispatcher } from './dispatch/communication-dispatcher.js';
import { CommunicationsNotifier } from './dispatch/communications.notifier.js';
import { DispatchScheduler } from './dispatch/dispatch.scheduler.js';
import { CommunicationsReferences } from './references/communications-references.js';

/**
 * The communications platform: its organisation (companies, departments, employees, what roles may
 * send), catalogs (communication types, channels, booking statuses), documents, department rules,
 * clients (the customers of the customers lib) and their saved groups, bookings, channel blocks, and
 * sending: mailings with a checked communication per recipient, the leased dispatcher and its channel
 * providers, signed delivery receipts, availability. Implements the platform's Notifier port (bound
 * in place of the dev mailbox when this module is loaded). Uses identity (logins, roles) and
 * customers (clients) through their exported services.
 */
@Module({
  imports: [IdentityModule, CustomersModule],
  controllers: [
    CompanyController,
    DepartmentController,
    EmployeeController,
    RoleCommunicationPermissionController,
    CommunicationTypeController,
    SendChannelTypeController,
    ChannelBlocksOfChannelController,
    BookingStatusTypeController,
    DocumentController,
    RuleController,
    ClientController,
    BookingController,
    ChannelBlockController,
    MyChannelsController,
    ClientGroupController,
    // Before CommunicationController, so its static paths are registered ahead of `:communication`.
    DeliveryReceiptController,
    CommunicationController,
    MailingController,
    AvailabilityController,
  ],
  providers: [
    CommunicationsReferences,
    { provide: DocumentUploadLimits, useValue: DEFAULT_UPLOAD_LIMITS },
    ...COMMUNICATIONS_ACCESS,
    provideSettings(CommunicationsSettings),
    MultipartSupport,
    UsageRepository,
    CatalogDependencies,
    CatalogRefs,
    ClientDirectory,
    ClientProfileRepository,
    CompanyRepository,
    CompanyService,
    DepartmentRepository,
    DepartmentService,
    EmployeeRepository,
    EmployeeService,
    RoleCommunicationPermissionRepository,
    RoleCommunicationPermissionService,
    CommunicationTypeRepository,
    CommunicationTypeService,
    SendChannelTypeRepository,
    SendChannelTypeService,
    BookingStatusTypeRepository,
    BookingStatusTypeService,
    DocumentRepository,
    DocumentService,
    RuleRepository,
    RuleService,
    ClientService,
    BookingRepository,
    BookingInputs,
    BookingMoves,
    BookingViews,
    BookingService,
    ChannelBlockRepository,
    ChannelBlockService,
    ClientGroupRepository,
    ClientGroupService,
    CommunicationRepository,
    MailingRepository,
    SenderAuthority,
    SendCircumstances,
    SendPlanner,
    SendingService,
    CommunicationService,
    MailingService,
    ChannelKindsRepository,
    ChannelProviders,
    CommunicationDispatcher,
    DispatchScheduler,
    CommunicationsNotifier,
    ReceiptSignatureGuard,
    DeliveryReceiptService,
    AvailabilityService,
    CustomerOverviewCommunications,
    TranslationsRepository,
    CommunicationsDemoData,
  ],
})
export class CommunicationsModule {
  /** The module with other upload limits (tests use small ones). */
  static withUploadLimits(limits: DocumentUploadLimits): DynamicModule {
    return { module: CommunicationsModule, providers: [{ provide: DocumentUploadLimits, useValue: limits }] };
  }
}
