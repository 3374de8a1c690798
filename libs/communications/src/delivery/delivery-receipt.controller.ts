import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Public } from '@contactly/platform';
import { DeliveryReceiptDto, DeliveryReceiptView } from './dto/delivery-receipt.dto.js';
import { DeliveryReceiptService } from './delivery-receipt.service.js';
import { ReceiptSignatureGuard } from './receipt-signature.guard.js';

/** Providers report what became of a message; they sign instead of signing in. */
@ApiTags('communications')
@Controller('api/v1/communications/delivery-receipts')
export class DeliveryReceiptController {
  constructor(private readonly receipts: DeliveryReceiptService) {}

  @Post()
  @HttpCode(200)
  @Public()
  @UseGuards(ReceiptSignatureGuard)
  @ApiHeader({
    name: 'X-Contactly-Signature',
    required: true,
    description: '`sha256=` and the hex HMAC-SHA256 of the raw request body with COMMUNICATIONS_RECEIPT_SECRET',
  })
  @ApiOperation({
    summary: 'A provider’s delivery receipt',
    description:
      'Signed, not authenticated: a bad or missing signature, or a `timestamp` further than COMMUNICATIONS_RECEIPT_TOLERANCE_SECONDS from now (a replay), is 401. An unknown communication is 404; a status the communication cannot take is 409; a repeated or late one changes nothing (`applied: false`).',
  })
  @ApiOkResponse({ type: DeliveryReceiptView })
  @ApiErrors(400, 401, 404, 409)
  receive(@Body() body: DeliveryReceiptDto) {
    return this.receipts.apply(body);
  }
}
